package org.societyflow.reelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.societyflow.support.Candidates.candidate;
import static org.societyflow.support.Reelections.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Reelections;
import org.societyflow.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 换届 over the JSON API and the engine REST API: plan and candidates, eligibility flags, the three reviews,
 * results and 备案 into the register. A test that holds the assembly moves the approved assembly to today.
 */
@IntegrationTest
class ReelectionIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    SocietyService societies;

    @Autowired
    ReelectionScheduler scheduler;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Task await(String applicationNo, String definitionKey) {
        return Await.task(taskService, applicationNo, definitionKey);
    }

    @Test
    void planReviewsResultsAndFilingUpdateTheRegister() {
        Society society = societies.getByCode("whnss");
        Api secretariat = Api.as(port, "soc-whnss", "soc-whnss");
        Api affairs = Api.as(port, "affairs", "affairs");

        Api.Response started = secretariat.post("/api/v1/reelections", null);
        assertThat(started.status()).isEqualTo(201);
        long id = started.body().get("id").asLong();
        String no = started.body().get("applicationNo").asText();
        assertThat(no).startsWith("HJ-" + LocalDate.now().getYear() + "-");
        assertThat(secretariat.post("/api/v1/reelections", null).status()).isEqualTo(409);
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").get("/api/v1/reelections/" + id).status()).isEqualTo(404);

        JsonNode draft = secretariat.get("/api/v1/reelections/" + id + "/plan").body();
        assertThat(draft.has("assemblyDate")).isTrue();
        assertThat(draft.get("candidates").isArray()).isTrue();

        List<Map<String, Object>> candidates = new ArrayList<>(List.of(
                candidate("PRESIDENT", "黄磊", "1975-09-09", true),
                candidate("VICE_PRESIDENT", "周文", "1980-03-03", false),
                candidate("SECRETARY_GENERAL", "杨帆", "1990-02-02", false)));
        Map<String, Object> plan = plan(society, candidates);

        Map<String, Object> twoPresidents = plan(society, List.of(candidate("PRESIDENT", "甲", "1970-01-01", true),
                candidate("PRESIDENT", "乙", "1971-01-01", false), candidate("SECRETARY_GENERAL", "丙", "1980-01-01", false)));
        assertThat(secretariat.put("/api/v1/reelections/" + id + "/plan", twoPresidents).status()).isEqualTo(200);
        Api.Response refused = secretariat.post("/api/v1/reelections/" + id + "/plan/submit", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/candidates").asText()).contains("理事长");

        Map<String, Object> tooSoon = new HashMap<>(plan);
        tooSoon.put("assemblyDate", LocalDate.now().plusDays(3).toString());
        secretariat.put("/api/v1/reelections/" + id + "/plan", tooSoon);
        assertThat(secretariat.post("/api/v1/reelections/" + id + "/plan/submit", null).body().at("/errors/assemblyDate")
                .asText()).contains("10天");
        assertThat(secretariat.get("/api/v1/reelections/" + id).body().get("status").asText()).isEqualTo("AWAITING_PLAN");

        assertThat(secretariat.put("/api/v1/reelections/" + id + "/plan", plan).status()).isEqualTo(200);
        assertThat(secretariat.post("/api/v1/reelections/" + id + "/plan/submit", null).status()).isEqualTo(200);

        Reelections.approvePlan(port, taskService, no);
        Task submitResults = await(no, "SubmitResults");
        LocalDate assembly = LocalDate.parse((String) plan.get("assemblyDate"));
        LocalDate lastDay = workingDays.lastOfWorkingDays(assembly, 30);
        assertThat(secretariat.get("/api/v1/reelections/" + id).body().get("resultsDue").asText())
                .as("30 working days after the assembly, not after the approval").isEqualTo(lastDay.toString());
        assertThat(submitResults.getDueDate())
                .isEqualTo(Date.from(lastDay.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));

        Map<String, Object> beforeAssembly = Reelections.results(180);
        assertThat(secretariat.put("/api/v1/reelections/" + id + "/results", beforeAssembly).status()).isEqualTo(200);
        Api.Response early = secretariat.post("/api/v1/reelections/" + id + "/results/submit", null);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body().at("/errors/electedOn").asText()).contains("大会日期");

        assembly = Reelections.holdAssemblyToday(jdbc, id);
        Map<String, Object> results = Reelections.results(100, assembly);
        assertThat(secretariat.put("/api/v1/reelections/" + id + "/results", results).status()).isEqualTo(200);
        Api.Response noQuorum = secretariat.post("/api/v1/reelections/" + id + "/results/submit", null);
        assertThat(noQuorum.status()).isEqualTo(400);
        assertThat(noQuorum.body().at("/errors/attendees").asText()).contains("三分之二");
        assertThat(noQuorum.body().at("/errors/attachments").asText()).contains("离任审计");
        assertThat(noQuorum.body().at("/errors").has("electedOn")).isFalse();
        assertThat(secretariat.get("/api/v1/reelections/" + id).body().get("status").asText()).isEqualTo("APPROVED");

        results.put("attendees", 180);
        secretariat.put("/api/v1/reelections/" + id + "/results", results);
        assertThat(secretariat.upload("/api/v1/reelections/" + id + "/attachments", "kind", "DEPARTURE_AUDIT",
                "离任审计.pdf", Files.pdf()).status()).isEqualTo(201);
        assertThat(secretariat.post("/api/v1/reelections/" + id + "/results/submit", null).status()).isEqualTo(200);

        Task filing = await(no, "FileReelection");
        assertThat(affairs.completeTask(filing.getId(), Map.of("decision", "approve", "opinion", "予以备案")).status())
                .isEqualTo(204);

        JsonNode done = secretariat.get("/api/v1/reelections/" + id).body();
        assertThat(done.get("status").asText()).isEqualTo("FILED");
        assertThat(done.at("/progress/opinions").findValuesAsText("opinion"))
                .containsExactly("方案可行", "候选人政治素质良好", "同意换届", "予以备案");
        Society after = societies.get(society.getId());
        assertThat(after.getTermNumber()).isEqualTo(society.getTermNumber() + 1);
        assertThat(after.getTermEnd()).isEqualTo(assembly.plusYears(5).minusDays(1));
        assertThat(after.getOfficers()).extracting(o -> o.getRole() + " " + o.getName())
                .containsExactlyInAnyOrder(OfficerRole.PRESIDENT + " 黄磊", OfficerRole.SECRETARY_GENERAL + " 杨帆");
        assertThat(societies.changeLog(society.getId())).extracting(c -> c.getField()).contains("term", "officers");
    }

    @Test
    void aFlaggedCandidateNeedsTheExceptionOnARecordedTwoThirdsVote() {
        Society society = societies.getByCode("whcs");
        int members = society.getMembersIndividual() + society.getMembersUnit();
        Api secretariat = Api.as(port, "soc-whcs", "soc-whcs");
        Api leader = Api.as(port, "leader", "leader");
        Api.Response started = Api.as(port, "affairs", "affairs").post("/api/v1/reelections",
                Map.of("societyId", society.getId()));
        assertThat(started.status()).isEqualTo(201);
        long id = started.body().get("id").asLong();
        String no = started.body().get("applicationNo").asText();
        String planPath = "/api/v1/reelections/" + id + "/plan";

        Map<String, Object> tooOld = candidate("PRESIDENT", "陈立新", "1950-03-02", true);
        Map<String, Object> plan = plan(society, List.of(tooOld, candidate("SECRETARY_GENERAL", "赵晓峰", "1980-01-07", false)));
        secretariat.put(planPath, plan);
        assertThat(secretariat.post(planPath + "/submit", null).status()).isEqualTo(200);

        Task review = await(no, "ReviewPlan");
        assertThat(taskService.getVariable(review.getId(), "flaggedCandidates")).isEqualTo(1);
        assertThat((String) taskService.getVariable(review.getId(), "eligibilitySummary")).contains("陈立新", "70");
        assertThat(secretariat.get(planPath).body().at("/candidates/0/flags").asText()).contains("70");

        Api.as(port, "affairs", "affairs").completeTask(review.getId(), Map.of("decision", "approve", "opinion", "请领导决定"));
        Api.as(port, "party", "party").completeTask(await(no, "ReviewCandidates").getId(),
                Map.of("decision", "approve", "opinion", "同意"));
        Task approval = await(no, "ApproveReelection");
        Api.Response refused = leader.completeTask(approval.getId(), Map.of("decision", "approve", "opinion", "同意换届"));
        assertThat(refused.status()).as("批准换届 without the exception is refused, not taken as a return").isEqualTo(400);
        assertThat(refused.body().get("message").asText()).contains("资格存疑", "退回学会");
        Api.Response noVote = leader.completeTask(approval.getId(), Map.of("decision", "approve", "opinion", "同意换届",
                "exceptionGranted", true, "exceptionReason", "学科发展需要"));
        assertThat(noVote.status()).isEqualTo(400);
        assertThat(noVote.body().get("message").asText()).contains("表决结果");
        assertThat(secretariat.get("/api/v1/reelections/" + id).body().get("status").asText()).isEqualTo("PLAN_SUBMITTED");
        assertThat(leader.completeTask(approval.getId(), Map.of("decision", "return", "opinion", "请记录会员大会表决结果"))
                .status()).isEqualTo(204);
        await(no, "SubmitPlan");
        assertThat(secretariat.get("/api/v1/reelections/" + id).body().get("status").asText()).isEqualTo("PLAN_RETURNED");

        // the vote: two thirds of those present, no more present than members, both figures
        Map<String, Object> shortVote = new HashMap<>(plan);
        shortVote.put("exceptionVotesFor", 19);
        shortVote.put("exceptionMembersPresent", 30);
        assertThat(submitted(secretariat, planPath, shortVote).at("/errors/exceptionVotesFor").asText()).contains("三分之二");
        Map<String, Object> crowd = new HashMap<>(plan);
        crowd.put("exceptionVotesFor", members);
        crowd.put("exceptionMembersPresent", members + 1);
        assertThat(submitted(secretariat, planPath, crowd).at("/errors/exceptionMembersPresent").asText()).contains("会员总数");
        Map<String, Object> half = new HashMap<>(plan);
        half.put("exceptionVotesFor", 20);
        assertThat(submitted(secretariat, planPath, half).at("/errors/exceptionMembersPresent").asText()).contains("同时填写");

        // the 法定代表人 is the 理事长 unless the plan says why not
        Map<String, Object> secretaryRepresents = plan(society, List.of(candidate("PRESIDENT", "陈立新", "1950-03-02", false),
                candidate("SECRETARY_GENERAL", "赵晓峰", "1980-01-07", true)));
        assertThat(submitted(secretariat, planPath, secretaryRepresents).at("/errors/legalRepresentativeReason").asText())
                .contains("理由");
        assertThat(secretariat.get("/api/v1/reelections/" + id).body().get("status").asText()).isEqualTo("PLAN_RETURNED");

        secretaryRepresents.put("legalRepresentativeReason", "理事长年事已高，经科协和民政局同意由专职秘书长担任");
        secretaryRepresents.put("exceptionVotesFor", 20);
        secretaryRepresents.put("exceptionMembersPresent", 30);
        assertThat(secretariat.put(planPath, secretaryRepresents).status()).isEqualTo(200);
        assertThat(secretariat.post(planPath + "/submit", null).status()).isEqualTo(200);
        JsonNode stored = secretariat.get(planPath).body();
        assertThat(stored.get("exceptionVotesFor").asInt()).isEqualTo(20);
        assertThat(stored.get("legalRepresentativeReason").asText()).contains("秘书长");

        Api.as(port, "affairs", "affairs").completeTask(await(no, "ReviewPlan").getId(),
                Map.of("decision", "approve", "opinion", "表决已记录"));
        Api.as(port, "party", "party").completeTask(await(no, "ReviewCandidates").getId(),
                Map.of("decision", "approve", "opinion", "同意"));
        assertThat(leader.completeTask(await(no, "ApproveReelection").getId(), Map.of("decision", "approve",
                "opinion", "同意换届", "exceptionGranted", true, "exceptionReason", "会员大会三分之二以上同意，学科发展需要"))
                .status()).isEqualTo(204);
        await(no, "SubmitResults");
        assertThat(secretariat.get("/api/v1/reelections/" + id).body().get("status").asText()).isEqualTo("APPROVED");
    }

    /** The plan saved as a draft, then its submission refused: the refusal's body. */
    private static JsonNode submitted(Api secretariat, String planPath, Map<String, Object> plan) {
        assertThat(secretariat.put(planPath, plan).status()).isEqualTo(200);
        Api.Response refused = secretariat.post(planPath + "/submit", null);
        assertThat(refused.status()).isEqualTo(400);
        return refused.body();
    }

    @Test
    void directlyRegisteredSocietiesHaveNoReelectionHere() {
        Api.Response refused = Api.as(port, "soc-whps", "soc-whps").post("/api/v1/reelections", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("直接登记");
    }

    @Test
    void theSchedulerStartsEachDueReelectionOnce() {
        scheduler.startDue(LocalDate.now());
        for (String code : List.of("whma", "whas")) {
            Society society = societies.getByCode(code);
            assertThat(Api.as(port, "affairs", "affairs").get("/api/v1/societies/" + society.getId() + "/reelections")
                    .body().findValuesAsText("status")).as(code).contains("AWAITING_PLAN");
        }
        assertThat(scheduler.startDue(LocalDate.now())).isZero();
    }
}
