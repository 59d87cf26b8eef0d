package org.societyflow.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A complete, clean 年度工作报告 as a client would send it; tests change single fields of it. */
public final class Reports {

    private Reports() {
    }

    public static Map<String, Object> complete() {
        Map<String, Object> report = new HashMap<>();
        for (String count : List.of("membersIndividual", "membersUnit", "staffCount", "academicActivities",
                "popularScienceActivities", "serviceActivities", "councilMeetings", "standingCouncilMeetings",
                "partyActivities")) {
            report.put(count, 3);
        }
        report.put("income", 1250000.50);
        report.put("expenses", 1100000);
        report.put("netAssets", 860000);
        report.put("auditOpinion", "UNQUALIFIED");
        report.put("generalAssemblyHeld", false);
        report.put("charterFollowed", true);
        report.put("workSummary", "全年举办学术会议24场，科普活动12场");
        report.put("partyBuilding", "党支部开展主题党日10次");
        for (String flag : List.of("certificateLent", "outsideScope", "unfiledChanges", "forProfit",
                "assetsMisappropriated", "improperAwards", "criticisedLastYear")) {
            report.put(flag, false);
        }
        return report;
    }
}
