package org.societyflow.activity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Activity forms as the API takes them. */
public final class ActivityFixtures {

    private ActivityFixtures() {
    }

    /** A complete 学术沙龙 held last week, under no brand. */
    public static Map<String, Object> salon() {
        return form("ACADEMIC_SALON", "人工智能青年学术沙龙", LocalDate.now().minusDays(7), LocalDate.now().minusDays(7), 60);
    }

    public static Map<String, Object> form(String type, String title, LocalDate startsOn, LocalDate endsOn,
                                           Integer participants) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("activityType", type);
        form.put("title", title);
        form.put("startsOn", startsOn == null ? null : startsOn.toString());
        form.put("endsOn", endsOn == null ? null : endsOn.toString());
        form.put("venue", "武汉市科技会堂");
        form.put("online", false);
        form.put("organisers", "武汉市计算机学会");
        form.put("coOrganisers", "华中科技大学计算机学院");
        form.put("participants", participants);
        form.put("audience", 1200);
        form.put("brand", "NONE");
        form.put("summary", "围绕大模型应用开展学术交流，三位青年学者作报告。");
        return form;
    }
}
