package org.societyflow.onboarding;

import jakarta.persistence.EntityManager;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.AccountInvitations;
import org.societyflow.identity.SocietyAccounts;
import org.societyflow.identity.TemporaryPasswords;
import org.societyflow.party.PartyOrganisationService;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The go-live register import (docs/RULES.md, 名册导入): a file is checked and previewed, then imported whole in one
 * transaction or not at all. New societies enter the register through {@link SocietyService#register}, societies
 * already in it (matched by credit code) take the file's particulars through {@link SocietyService#applyImport},
 * each change with a change-log line "导入"; a file imported again finds nothing to change.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegisterImport {

    private static final Logger log = LoggerFactory.getLogger(RegisterImport.class);

    /** What an import did. */
    public record Outcome(int created, int changed, int unchanged) {
    }

    private final RegisterCheck check;
    private final SocietyService societies;
    private final PartyOrganisationService party;
    private final ImportSettings settings;
    private final SocietyAccounts accounts;
    private final AccountInvitations invitations;
    private final TemporaryPasswords temporaryPasswords;
    private final ChineseTexts texts;
    private final EntityManager entityManager;

    /** Reads and checks a file without storing anything. */
    @Transactional(readOnly = true)
    public ImportPlan preview(byte[] content, CurrentUser user) {
        ImportAccess.require(user);
        return check.check(RegisterWorkbook.read(content, settings, RegisterSheet.class));
    }

    /**
     * Imports the file when it has no problem; otherwise throws {@link ImportProblems} and stores nothing. The file is
     * checked again here, whatever its preview said: the register may have changed since.
     */
    @Transactional
    public Outcome importFile(byte[] content, CurrentUser user) {
        ImportAccess.require(user);
        ImportPlan plan = check.check(RegisterWorkbook.read(content, settings, RegisterSheet.class));
        if (!plan.importable()) {
            throw new ImportProblems(plan);
        }
        String basis = texts.text("import.basis");
        int created = 0;
        int changed = 0;
        int written = 0;
        for (PlannedSociety planned : plan.societies()) {
            if (++written % settings.getWriteBatch() == 0) {
                // Hibernate flushes before each query, dirty-checking all it holds: 2,000 societies took minutes
                entityManager.flush();
                entityManager.clear();
            }
            Long id;
            if (planned.created()) {
                Society society = societies.register(planned.imported(), basis, user.userId());
                id = society.getId();
                accounts.openSecretariat(society.getCode(), society.getName(), planned.email());
                invitations.invite(SocietyAccounts.secretariatOf(society.getCode()), settings.getInvitationValidity());
                created++;
            } else {
                id = planned.registered().getId();
                societies.applyImport(id, planned.imported(), basis, user.userId());
                if (planned.changed()) {
                    changed++;
                }
            }
            if (planned.partyEntered()) {
                party.enterRegister(id, planned.party(), planned.instructor(), basis, user.userId());
            }
            Long societyId = id;
            planned.grades().forEach((year, grade) -> societies.recordInspectionResult(societyId, year, null, grade, null));
        }
        Outcome outcome = new Outcome(created, changed, plan.societies().size() - created - changed);
        log.info("{} imported the register: {}", user.userId(), outcome);
        return outcome;
    }

    /**
     * 学会部 gives a society's secretariat a temporary password, for a secretariat its invitation mail does not reach;
     * the secretariat's first login must choose its own.
     */
    @Transactional
    public String temporaryPassword(Long societyId, CurrentUser user) {
        ImportAccess.require(user);
        return temporaryPasswords.issue(SocietyAccounts.secretariatOf(societies.get(societyId).getCode()), user.userId());
    }

    /** 学会部 sends a society's secretariat a new invitation (the last link stops working); false without an address. */
    @Transactional
    public boolean reinvite(Long societyId, CurrentUser user) {
        ImportAccess.require(user);
        return invitations.invite(SocietyAccounts.secretariatOf(societies.get(societyId).getCode()),
                settings.getInvitationValidity());
    }
}
