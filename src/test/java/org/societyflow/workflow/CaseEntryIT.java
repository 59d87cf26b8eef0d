package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.societyflow.support.Candidates.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.change.ChangeFixtures;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Reelections;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 迁入 (docs/RULES.md): an admin enters a case running on paper at its current step, and the case then runs to its
 * end with the usual pages, APIs and Tasklist steps, which proves the data entered is all the later steps need. The
 * reason is the first line of the opinions the society reads. A refused entry stores nothing.
 */
@IntegrationTest
class CaseEntryIT {

    private static final String ENTRIES = "/api/v1/imports/cases";

    @LocalServerPort
    int port;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    SocietyService societies;
    @Autowired
    TaskService taskService;

    @Test
    void aReelectionWhosePlanWasApprovedOnPaperEntersAtTheResultsAndIsFiled() {
        Society society = testSocieties.registerActive("mhj");
        Api own = own(society);
        Api.Response entered = admin().post(ENTRIES, entry(society, "society-reelection", "SubmitResults",
                approvedPlan(society), "换届方案已于纸质流程批准"));
        assertThat(entered.status()).isEqualTo(201);
        String no = entered.body().get("applicationNo").asText();
        assertThat(no).startsWith("HJ-");

        JsonNode reelection = own.get("/api/v1/societies/" + society.getId() + "/reelections").body().get(0);
        long id = reelection.get("id").asLong();
        assertThat(reelection.get("status").asText()).isEqualTo("APPROVED");
        assertThat(firstOpinion(own.get("/api/v1/reelections/" + id).body())).isEqualTo("迁入：换届方案已于纸质流程批准");
        assertThat(Await.task(taskService, no, "SubmitResults").getDueDate()).isNotNull();

        Map<String, Object> results = Reelections.results(180);
        assertThat(own.put("/api/v1/reelections/" + id + "/results", results).status()).isEqualTo(200);
        assertThat(own.upload("/api/v1/reelections/" + id + "/attachments", "kind", "DEPARTURE_AUDIT", "离任审计.pdf",
                Files.pdf()).status()).isEqualTo(201);
        assertThat(own.post("/api/v1/reelections/" + id + "/results/submit", null).status()).isEqualTo(200);
        Task filing = Await.task(taskService, no, "FileReelection");
        assertThat(affairs().completeTask(filing.getId(), Map.of("decision", "approve", "opinion", "予以备案")).status())
                .isEqualTo(204);

        assertThat(own.get("/api/v1/reelections/" + id).body().get("status").asText()).isEqualTo("FILED");
        assertThat(societies.get(society.getId()).getOfficers()).extracting(o -> o.getRole() + " " + o.getName())
                .containsExactlyInAnyOrder(OfficerRole.PRESIDENT + " 黄磊", OfficerRole.SECRETARY_GENERAL + " 杨帆");
    }

    @Test
    void aChangeUnderReviewOnPaperEntersAtTheAffairsReviewAndIsFiled() {
        Society society = testSocieties.registerActive("mbg");
        Api own = own(society);
        Api.Response entered = admin().post(ENTRIES, entry(society, "society-change", "AffairsReview",
                ChangeFixtures.request("理事会决议迁址", ChangeFixtures.item("ADDRESS", "武汉市江汉区新华路218号")),
                "学会部已受理纸质申请"));
        assertThat(entered.status()).isEqualTo(201);
        String no = entered.body().get("applicationNo").asText();
        long id = own.get("/api/v1/changes").body().get(0).get("id").asLong();
        String path = "/api/v1/changes/" + id;
        assertThat(own.get(path).body().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(firstOpinion(own.get(path).body())).isEqualTo("迁入：学会部已受理纸质申请");

        Task review = Await.task(taskService, no, "AffairsReview");
        assertThat((String) taskService.getVariable(review.getId(), "changeSummary")).contains("武汉市江汉区新华路218号");
        assertThat(affairs().completeTask(review.getId(), Map.of("decision", "approve", "opinion", "同意迁址")).status())
                .isEqualTo(204);
        assertThat(societies.get(society.getId()).getAddress()).isEqualTo("武汉市江汉区新华路218号");

        Await.task(taskService, no, "RecordFiling");
        own.put(path + "/filing", Map.of("filedOn", LocalDate.now().toString(), "certificateNo", "鄂民社证字第0456号"));
        assertThat(own.post(path + "/filing/submit", null).status()).isEqualTo(200);
        assertThat(own.get(path).body().get("status").asText()).isEqualTo("FILED");
    }

    @Test
    void aWeakSocietyCaseEntersAtTheAssessmentAndTheSocietyIsRestored() {
        Society society = testSocieties.registerActive("mtc");
        Api own = own(society);
        Api.Response entered = admin().post(ENTRIES, entry(society, "weak-society-exit", "AffairsAssessment",
                paperExitCase(), "已致函并收到整改报告"));
        assertThat(entered.status()).isEqualTo(201);
        String no = entered.body().get("applicationNo").asText();
        JsonNode exitCase = own.get("/api/v1/exit-cases").body().get(0);
        String path = "/api/v1/exit-cases/" + exitCase.get("id").asLong();
        assertThat(exitCase.get("status").asText()).isEqualTo("FIRST_ASSESSMENT");
        assertThat(societies.get(society.getId()).isWeak()).isTrue();
        assertThat(firstOpinion(own.get(path).body())).isEqualTo("迁入：已致函并收到整改报告");

        Task assessment = Await.task(taskService, no, "AffairsAssessment");
        assertThat((String) taskService.getVariable(assessment.getId(), "caseSummary")).contains("两年未参加年检", "已选任秘书长");
        assertThat(affairs().completeTask(assessment.getId(), Map.of("decision", "approve", "opinion", "整改到位"))
                .status()).isEqualTo(204);
        assertThat(Api.as(port, "leader", "leader").completeTask(Await.task(taskService, no, "LeadershipDecision").getId(),
                Map.of("decision", "approve", "opinion", "恢复正常")).status()).isEqualTo(204);

        assertThat(own.get(path).body().get("status").asText()).isEqualTo("RESTORED");
        assertThat(societies.get(society.getId()).isWeak()).isFalse();
    }

    @Test
    void anUnknownStepAnOpenCaseMissingDataOrAnotherRoleAreRefusedAndNothingIsStored() {
        Society society = testSocieties.registerActive("mrf");
        Api admin = admin();
        Map<String, Object> change = ChangeFixtures.request("迁址", ChangeFixtures.item("ADDRESS", "武汉市洪山区"));

        Api.Response serviceTask = admin.post(ENTRIES, entry(society, "society-change", "ApplyChange", change, "迁入"));
        assertThat(serviceTask.status()).isEqualTo(400);
        assertThat(serviceTask.body().at("/errors/stepId").asText()).contains("不能从这个环节");
        assertThat(admin.post(ENTRIES, entry(society, "society-founding", "SubmitRequest", change, "迁入")).body()
                .at("/errors/processKey").asText()).isNotEmpty();
        Api.Response noReason = admin.post(ENTRIES, entry(society, "society-change", "AffairsReview", change, " "));
        assertThat(noReason.body().at("/errors/reason").asText()).isNotEmpty();

        Map<String, Object> withoutReport = paperExitCase();
        withoutReport.remove("report");
        Api.Response missing = admin.post(ENTRIES, entry(society, "weak-society-exit", "AffairsAssessment",
                withoutReport, "迁入"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().at("/errors/data.report").asText()).isNotEmpty();
        assertThat(admin.post(ENTRIES, entry(society, "society-change", "AffairsReview",
                ChangeFixtures.request("迁址"), "迁入")).body().at("/errors/data.items").asText()).contains("至少");

        assertThat(affairs().post(ENTRIES, entry(society, "society-change", "AffairsReview", change, "迁入")).status())
                .isEqualTo(403);
        assertThat(own(society).post(ENTRIES, entry(society, "society-change", "AffairsReview", change, "迁入"))
                .status()).isEqualTo(403);

        assertThat(own(society).get("/api/v1/changes").body()).isEmpty();
        assertThat(own(society).get("/api/v1/exit-cases").body()).isEmpty();
        assertThat(societies.get(society.getId()).isWeak()).isFalse();

        assertThat(admin.post(ENTRIES, entry(society, "society-change", "AffairsReview", change, "迁入")).status())
                .isEqualTo(201);
        Api.Response again = admin.post(ENTRIES, entry(society, "society-change", "AffairsReview",
                ChangeFixtures.request("改范围", ChangeFixtures.item("BUSINESS_SCOPE", "学术交流、科普")), "迁入"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().at("/errors/societyId").asText()).contains("同类在办");
        assertThat(own(society).get("/api/v1/changes").body()).hasSize(1);
    }

    @Test
    void thePageListsTheEntryStepsByTheirNamesInTheModel() {
        String page = admin().get("/admin/cases/new").text();
        assertThat(page).contains("提交换届选举结果", "学会部审核变更申请", "学会部评估整改情况");
        assertThat(affairs().get("/admin/cases/new").status()).isEqualTo(403);
    }

    private static String firstOpinion(JsonNode application) {
        return application.at("/progress/opinions").get(0).get("opinion").asText();
    }

    private static Map<String, Object> entry(Society society, String processKey, String stepId, Object data,
                                             String reason) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("societyId", society.getId());
        entry.put("processKey", processKey);
        entry.put("stepId", stepId);
        entry.put("data", data);
        entry.put("reason", reason);
        return entry;
    }

    /**
     * A plan approved on paper: its assembly was held three days ago — a day no plan submitted today may name — so the
     * results of today's filing are not dated before it.
     */
    private static Map<String, Object> approvedPlan(Society society) {
        Map<String, Object> plan = Reelections.plan(society, List.of(candidate("PRESIDENT", "黄磊", "1975-09-09", true),
                candidate("SECRETARY_GENERAL", "杨帆", "1990-02-02", false)));
        plan.put("assemblyDate", LocalDate.now().minusDays(3).toString());
        return plan;
    }

    private static Map<String, Object> paperExitCase() {
        Map<String, Object> paper = new HashMap<>();
        paper.put("indicators", "连续两年未参加年检");
        paper.put("letterSentOn", LocalDate.now().minusMonths(2).toString());
        paper.put("rectificationDue", LocalDate.now().plusMonths(1).toString());
        paper.put("plan", "选任秘书长，恢复年检");
        paper.put("report", "已选任秘书长，已报送年检");
        return paper;
    }

    private Api admin() {
        return Api.as(port, "admin", "admin");
    }

    private Api affairs() {
        return Api.as(port, "affairs", "affairs");
    }

    private Api own(Society society) {
        return Api.as(port, "soc-" + society.getCode(), "soc-" + society.getCode());
    }
}
