package org.societyflow.support;

import java.util.HashMap;
import java.util.Map;

/** A candidate (换届) or proposed officer (变更, 学会成立) as the API takes it, eligible unless a test changes it. */
public final class Candidates {

    private Candidates() {
    }

    /** The 秘书长 is full-time, the others are not. */
    public static Map<String, Object> candidate(String role, String name, String birthDate, boolean legal) {
        return candidate(role, name, birthDate, legal, "SECRETARY_GENERAL".equals(role));
    }

    public static Map<String, Object> candidate(String role, String name, String birthDate, boolean legal,
                                                boolean fullTime) {
        Map<String, Object> c = new HashMap<>();
        c.put("role", role);
        c.put("name", name);
        c.put("birthDate", birthDate);
        c.put("partyMember", true);
        c.put("currentJob", "某大学教授");
        c.put("officialStatus", "NONE");
        c.put("cadreApproval", false);
        c.put("termsServed", 0);
        c.put("otherSocietyOffices", 0);
        c.put("legalRepresentative", legal);
        c.put("legalRepresentativeElsewhere", false);
        c.put("fullTime", fullTime);
        return c;
    }
}
