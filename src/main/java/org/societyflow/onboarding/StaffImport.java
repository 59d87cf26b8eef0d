package org.societyflow.onboarding;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.societyflow.identity.AccountInvitations;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.StaffAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The go-live staff import (docs/RULES.md, 名册导入): a staff file is checked and previewed, then imported whole in
 * one transaction or not at all. An account matched by user id takes the file's name, e-mail, department, mobile and
 * roles; a new one has no password and its holder gets an invitation mail to set it. A file imported again finds
 * nothing to change.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StaffImport {

    private static final Logger log = LoggerFactory.getLogger(StaffImport.class);

    private final StaffCheck check;
    private final StaffAccounts accounts;
    private final AccountInvitations invitations;
    private final ImportSettings settings;

    /** Reads and checks a file without storing anything. */
    @Transactional(readOnly = true)
    public StaffPlan preview(byte[] content, CurrentUser user) {
        ImportAccess.require(user);
        return check.check(RegisterWorkbook.read(content, settings, StaffSheet.class));
    }

    /** Imports the file when it has no problem (checked again here); otherwise {@link ImportProblems}, nothing stored. */
    @Transactional
    public RegisterImport.Outcome importFile(byte[] content, CurrentUser user) {
        StaffPlan plan = preview(content, user);
        if (!plan.importable()) {
            throw new ImportProblems(plan);
        }
        int created = 0;
        int changed = 0;
        for (StaffPlan.Planned planned : plan.accounts()) {
            switch (accounts.save(planned.account())) {
                case CREATED -> {
                    invitations.invite(planned.account().userId(), settings.getInvitationValidity());
                    created++;
                }
                case CHANGED -> changed++;
                case UNCHANGED -> { }
            }
        }
        RegisterImport.Outcome outcome = new RegisterImport.Outcome(created, changed,
                plan.accounts().size() - created - changed);
        log.info("{} imported staff accounts: {}", user.userId(), outcome);
        return outcome;
    }

    /** The empty staff file: instructions, and the staff sheet with the roles as a drop-down. */
    static byte[] template() {
        return RegisterTemplate.write("import.staffInstructions.",
                List.of("purpose", "userId", "roles", "invitation", "allOrNothing"), new Object[0],
                StaffSheet.values(), Map.of(), List.of("userId", "mobile"));
    }
}
