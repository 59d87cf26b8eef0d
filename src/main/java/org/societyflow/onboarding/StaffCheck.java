package org.societyflow.onboarding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.Groups;
import org.societyflow.identity.StaffAccounts;
import org.societyflow.identity.StaffAccounts.Saved;
import org.societyflow.identity.StaffAccounts.StaffAccount;
import org.societyflow.onboarding.RegisterWorkbook.SheetRow;
import org.societyflow.shared.ChineseTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks the rows of a staff file (docs/RULES.md, 名册导入) against each other and the accounts that exist, and plans
 * what importing it would create or change. Every problem is found in one pass, each at its row and column.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffCheck {

    /** The user ids the engine accepts (application.yml, user-resource-whitelist-pattern). */
    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*");
    /** A mainland mobile number. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    /** How 学会部 separates several roles in one cell. */
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[、，,;；\\s]+");

    private final StaffAccounts accounts;
    private final MessageSource messages;

    StaffPlan check(Map<StaffSheet, List<SheetRow>> sheets) {
        Problems problems = new Problems(messages, LocaleContextHolder.getLocale());
        Map<String, String> roleGroups = roleGroups();
        Map<String, Integer> rowOfUserId = new HashMap<>();
        Map<String, StaffAccount> read = new LinkedHashMap<>();
        Map<String, String> rolesOf = new HashMap<>();
        for (SheetRow sheetRow : sheets.get(StaffSheet.STAFF)) {
            RowValues row = new RowValues(StaffSheet.STAFF, sheetRow, problems);
            String userId = row.matching("userId", true, 64, USER_ID, "import.problem.userId");
            String name = row.text("name", true, 100);
            String department = row.text("department", false, 100);
            String email = row.matching("email", true, 100, RegisterCheck.EMAIL, "import.problem.email");
            String mobile = row.matching("mobile", false, 20, MOBILE, "import.problem.mobile");
            String roles = row.text("roles", true, 200);
            Set<String> groups = new TreeSet<>();
            if (roles != null) {
                for (String role : ROLE_SEPARATOR.split(roles)) {
                    String group = roleGroups.get(role);
                    if (group == null) {
                        row.problem("roles", "import.problem.unknownLabel", role,
                                String.join("、", roleGroups.keySet()));
                    } else {
                        groups.add(group);
                    }
                }
            }
            if (userId == null) {
                continue;
            }
            Integer first = rowOfUserId.putIfAbsent(userId, row.number());
            if (first != null) {
                row.problem("userId", "import.problem.duplicateInFile", String.valueOf(first));
                continue;
            }
            read.put(userId, new StaffAccount(userId, name, department, email, mobile, groups));
            rolesOf.put(userId, roles);
        }
        for (String taken : accounts.notStaff(read.keySet())) {
            problems.add(StaffSheet.STAFF, rowOfUserId.get(taken), "userId", "import.problem.userIdTaken", taken);
        }
        Map<String, StaffAccount> existing = accounts.existing(read.keySet());
        List<StaffPlan.Planned> planned = read.values().stream().map(account -> new StaffPlan.Planned(account,
                rolesOf.get(account.userId()), effect(account, existing.get(account.userId())))).toList();
        return new StaffPlan(problems.list(), planned);
    }

    /** The staff groups by the names the file gives them: the bundle's {@code group.<id>}. */
    static Map<String, String> roleGroups() {
        Map<String, String> byName = new LinkedHashMap<>();
        new TreeSet<>(Groups.STAFF).forEach(group -> byName.put(ChineseTexts.format("group." + group), group));
        return byName;
    }

    private static Saved effect(StaffAccount wanted, StaffAccount existing) {
        if (existing == null) {
            return Saved.CREATED;
        }
        return wanted.equals(existing) ? Saved.UNCHANGED : Saved.CHANGED;
    }
}
