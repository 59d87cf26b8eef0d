package org.societyflow.identity;

import java.util.Set;

/** The Camunda groups SocietyFlow works with (docs/ARCHITECTURE.md §1). */
public final class Groups {

    public static final String SOCIETY = "society";
    public static final String SOCIETY_PREFIX = "society-";
    public static final String SOCIETY_AFFAIRS = "society-affairs";
    public static final String PARTY_COMMITTEE = "party-committee";
    public static final String EXPERTS = "experts";
    public static final String LEADERSHIP = "leadership";
    public static final String ADMIN = "camunda-admin";
    /** People who registered themselves to found a society (学会发起人). */
    public static final String APPLICANTS = "applicants";

    /**
     * 科协 staff: the departments that review and administer, and see every society. Experts are not among them:
     * they are outside reviewers who see only what a process gives them (a founding application, the grant
     * applications they score).
     */
    public static final Set<String> STAFF = Set.of(SOCIETY_AFFAIRS, PARTY_COMMITTEE, LEADERSHIP, ADMIN);

    private Groups() {
    }

    public static String ofSociety(String societyCode) {
        return SOCIETY_PREFIX + societyCode;
    }

    /** The society code of a `society-<code>` group, or null for any other group. */
    public static String societyCodeOf(String groupId) {
        if (groupId.startsWith(SOCIETY_PREFIX) && !STAFF.contains(groupId)) {
            return groupId.substring(SOCIETY_PREFIX.length());
        }
        return null;
    }
}
