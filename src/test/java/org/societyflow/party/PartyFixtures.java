package org.societyflow.party;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Bodies of 党组织情况报告 for the JSON API. */
public final class PartyFixtures {

    private PartyFixtures() {
    }

    public static Map<String, Object> report(String kind, String form, LocalDate setUpOn, String secretary,
                                             Integer members, String description) {
        Map<String, Object> report = new HashMap<>();
        report.put("changeKind", kind);
        report.put("organisationForm", form);
        report.put("setUpOn", setUpOn == null ? null : setUpOn.toString());
        report.put("secretary", secretary);
        report.put("partyMembers", members);
        report.put("workGroup", false);
        report.put("parentOrganisation", "中共武汉市科技社团委员会");
        report.put("description", description);
        return report;
    }

    /** A valid report: a society sets up a party organisation of its own. */
    public static Map<String, Object> established() {
        return report("ESTABLISHED", "STANDALONE", LocalDate.now().minusMonths(1), "林书记", 5,
                "经上级党组织批复，成立学会党支部");
    }
}
