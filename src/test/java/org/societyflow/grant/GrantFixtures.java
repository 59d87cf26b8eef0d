package org.societyflow.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.societyflow.support.Api;
import org.societyflow.support.Files;

/** Bodies of programmes and grant applications for the JSON API. */
public final class GrantFixtures {

    private GrantFixtures() {
    }

    public static Map<String, Object> programmeForm(String type, long total, long cap, int experts) {
        Map<String, Object> form = new HashMap<>();
        form.put("type", type);
        form.put("year", LocalDate.now().getYear());
        form.put("title", "测试专项 " + System.nanoTime());
        form.put("callText", "申报指南");
        form.put("opensOn", LocalDate.now().minusDays(1).toString());
        form.put("closesOn", LocalDate.now().plusDays(10).toString());
        form.put("totalBudget", total);
        form.put("capPerProject", cap);
        form.put("categories", "ACADEMIC_EXCHANGE".equals(type) ? List.of("SALON", "YOUNG_FORUM") : List.of("GENERAL"));
        form.put("expertsPerApplication", experts);
        form.put("noticeWorkingDays", 5);
        return form;
    }

    /** An open 学术交流活动平台 call with a large budget, published by {@code affairs}. */
    public static long publishedProgramme(Api affairs) {
        long id = affairs.post("/api/v1/programmes", programmeForm("ACADEMIC_EXCHANGE", 1_000_000, 50_000, 3))
                .body().get("id").asLong();
        assertThat(affairs.post("/api/v1/programmes/" + id + "/publish", null).status()).isEqualTo(200);
        return id;
    }

    /**
     * The society's application to the call, submitted with the attachments it requires, so that a board's bulk formal
     * check finds it clean: its id.
     */
    public static long cleanApplication(Api society, long programmeId, String title) {
        long id = society.post("/api/v1/grants?programmeId=" + programmeId, null).body().get("id").asLong();
        assertThat(society.put("/api/v1/grants/" + id + "/form", grantForm(title, 30_000)).status()).isEqualTo(200);
        attachRequired(society, id);
        Api.Response submitted = society.post("/api/v1/grants/" + id + "/form/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        return id;
    }

    /** The 申报书 and 预算明细 a grant application must have before it is submitted. */
    public static void attachRequired(Api society, long applicationId) {
        for (String kind : List.of("APPLICATION_FORM", "BUDGET_DETAIL")) {
            assertThat(society.upload("/api/v1/grants/" + applicationId + "/attachments", "kind", kind, kind + ".pdf",
                    Files.pdf()).status()).isEqualTo(201);
        }
    }

    public static Map<String, Object> grantForm(String title, long amount) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("category", "SALON");
        form.put("summary", "围绕人工智能安全开展学术沙龙");
        form.put("plan", "上午主题报告，下午圆桌讨论");
        form.put("startsOn", LocalDate.now().plusDays(40).toString());
        form.put("endsOn", LocalDate.now().plusDays(41).toString());
        form.put("venue", "武汉市科技会堂");
        form.put("expectedParticipants", 120);
        form.put("requestedAmount", amount);
        form.put("leadOrganiser", true);
        form.put("budgetLines", List.of(Map.of("item", "会务费", "amount", amount - 10_000), Map.of("item", "专家劳务", "amount", 10_000)));
        form.put("team", List.of(Map.of("name", "张三", "organisation", "武汉大学", "title", "教授", "role", "负责人")));
        return form;
    }
}
