package org.societyflow.identity;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the Camunda user id, the Camunda groups, and — for a society secretariat — the code of
 * the one society the account belongs to (from its `society-<code>` group).
 */
public record CurrentUser(String userId, String displayName, Set<String> groups, String societyCode) {

    public boolean isStaff() {
        return groups.stream().anyMatch(Groups.STAFF::contains);
    }

    /** An outside reviewer (评审专家), who works in Tasklist. */
    public boolean isExpert() {
        return groups.contains(Groups.EXPERTS);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isSociety() {
        return societyCode != null;
    }

    /** Staff see every society; a society account sees only its own. */
    public boolean canAccessSociety(String code) {
        return isStaff() || Objects.equals(societyCode, code);
    }
}
