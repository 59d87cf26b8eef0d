package org.societyflow.exit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.inspection.InspectionCampaignClosed;
import org.societyflow.grant.GrantFixtures;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Campaigns;
import org.societyflow.support.ExitCases;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.TestSocieties;
import org.societyflow.support.Together;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** 软弱涣散 over the JSON API and the engine REST API: the scan, 学会部's decisions, the escalation, both outcomes. */
@IntegrationTest
class ExitIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    SocietyService societies;

    @Autowired
    TestSocieties testSocieties;

    @Autowired
    ExitProposalRepository proposals;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    Api affairs() {
        return Api.as(port, "affairs", "affairs");
    }

    /** A society with no party organisation and no 秘书长: the table flags both. */
    Society weakSociety(String prefix) {
        return testSocieties.registerWeak(prefix, LocalDate.now().minusMonths(6));
    }

    Task await(String caseNo, String definitionKey) {
        return Await.task(taskService, caseNo, definitionKey);
    }

    static Map<String, Object> review(String decision, String opinion, Object... more) {
        Map<String, Object> variables = new HashMap<>(Map.of("decision", decision, "opinion", opinion));
        for (int i = 0; i < more.length; i += 2) {
            variables.put((String) more[i], more[i + 1]);
        }
        return variables;
    }

    /**
     * A campaign's closing step publishes {@link InspectionCampaignClosed} in its transaction; once that commits the
     * scan runs (docs/RULES.md, C and E) and proposes the weak society, with no one asking. Nothing is proposed
     * while the closing transaction is still open, nor when it rolls back.
     */
    @Test
    void aClosingCampaignRunsTheScanOnceItCommits() {
        Society society = weakSociety("tcc");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new InspectionCampaignClosed(-1L, 2001));
            status.setRollbackOnly();
        });
        assertThat(proposals.findBySocietyIdOrderByIdDesc(society.getId())).as("rolled back: no scan").isEmpty();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new InspectionCampaignClosed(-1L, 2001));
            assertThat(proposals.findBySocietyIdOrderByIdDesc(society.getId())).as("not before the commit").isEmpty();
        });
        assertThat(proposals.findBySocietyIdOrderByIdDesc(society.getId())).singleElement()
                .satisfies(p -> assertThat(p.getStatus()).isEqualTo(ProposalStatus.PROPOSED));
    }

    @Test
    void aConfirmedCaseEscalatesThroughInterviewVisitAndStatementToExit() {
        // registered long before any year the suite's campaigns inspect (Campaigns.freshYear counts down)
        Society society = testSocieties.registerWeak("tcx", LocalDate.of(1995, 5, 5));
        String account = "soc-" + society.getCode();
        Api own = Api.as(port, account, account);
        // applications of the society still open when it exits (a 变更, a 换届, a grant draft), and its 年检 in a
        // running campaign
        long change = own.post("/api/v1/changes", null).body().get("id").asLong();
        String changeNo = own.get("/api/v1/changes/" + change).body().get("applicationNo").asText();
        Api.Response reelectionStarted = own.post("/api/v1/reelections", null);
        assertThat(reelectionStarted.status()).as(reelectionStarted.text()).isEqualTo(201);
        String reelection = "/api/v1/reelections/" + reelectionStarted.body().get("id").asLong();
        long programme = GrantFixtures.publishedProgramme(affairs());
        long grantDraft = own.post("/api/v1/grants?programmeId=" + programme, null).body().get("id").asLong();
        assertThat(affairs().post("/api/v1/campaigns", Map.of("year", Campaigns.freshYear())).status()).isEqualTo(201);
        String inspection = Await.until("the 年检 of " + society.getCode(), () -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("annual-inspection").variableValueEquals("societyCode", society.getCode())
                .list().stream().findFirst().orElse(null)).getId();

        assertThat(own.post("/api/v1/exit-proposals/scan", null).status()).isEqualTo(403);
        JsonNode proposal = ExitCases.proposalOf(society, affairs().post("/api/v1/exit-proposals/scan", null).body());
        assertThat(proposal).isNotNull();
        assertThat(proposal.get("indicators").asText()).contains("秘书长空缺", "未建立党组织");
        assertThat(ExitCases.proposalOf(society, affairs().post("/api/v1/exit-proposals/scan", null).body()))
                .as("an undecided proposal is not proposed twice").isNull();

        long proposalId = proposal.get("id").asLong();
        String caseNo = affairs().post("/api/v1/exit-proposals/" + proposalId + "/confirm", null).body().get("caseNo").asText();
        assertThat(caseNo).startsWith("TC-");
        assertThat(affairs().post("/api/v1/exit-proposals/" + proposalId + "/confirm", null).status()).isEqualTo(409);
        assertThat(ExitCases.proposalOf(society, affairs().post("/api/v1/exit-proposals/scan", null).body()))
                .as("a society in a case is not proposed").isNull();

        // 学会部 alone does not make the society weak: the 党组会 confirms the identification first
        JsonNode mine = own.get("/api/v1/exit-cases").body().get(0);
        long id = mine.get("id").asLong();
        String path = "/api/v1/exit-cases/" + id;
        assertThat(mine.get("status").asText()).isEqualTo("IDENTIFICATION");
        assertThat(societies.get(society.getId()).isWeak()).isFalse();
        assertThat(societies.get(society.getId()).getStatus()).isEqualTo(SocietyStatus.ACTIVE);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("ConfirmIdentification").taskCandidateGroup("leadership").count())
                .as("the 党组会's step, not 学会部's").isOne();
        assertThat(ExitCases.confirmIdentification(Api.as(port, "leader", "leader"), caseNo, "approve").status())
                .isEqualTo(204);
        assertThat(societies.get(society.getId()).isWeak()).isTrue();
        assertThat(societies.get(society.getId()).getStatus()).isEqualTo(SocietyStatus.RECTIFYING);
        assertThat(affairs().get("/api/v1/societies?status=RECTIFYING&q=" + society.getCode()).body().at("/content/0/code")
                .asText()).as("the register's list").isEqualTo(society.getCode());
        assertThat(affairs().get("/societies/" + society.getId()).text()).as("the profile").contains("整改中");
        assertThat(own.get("/exit-cases/" + id).text()).as("the case page").contains("整改中");
        assertThat(own.get(path).body().get("letter").asText()).contains(society.getName(), "秘书长空缺");
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").get(path).status()).isEqualTo(404);
        Api.Response empty = own.post(path + "/submission/submit", null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().at("/errors/plan").isMissingNode()).isFalse();
        // 学会部 extends the first period once, with a reason; the society cannot
        String firstDue = own.get(path).body().get("rectificationDue").asText();
        assertThat(own.post(path + "/extension", Map.of("reason", "自行延期")).status()).isEqualTo(403);
        Api.Response noReason = affairs().post(path + "/extension", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().at("/errors/reason").asText()).contains("延期理由");
        JsonNode extended = affairs().post(path + "/extension", Map.of("reason", "换届大会定于下月召开")).body();
        assertThat(extended.get("extensionReason").asText()).isEqualTo("换届大会定于下月召开");
        assertThat(LocalDate.parse(extended.get("rectificationDue").asText()))
                .isEqualTo(LocalDate.parse(firstDue).plusMonths(3));
        assertThat(affairs().post(path + "/extension", Map.of("reason", "再延一次")).status())
                .as("once per case").isEqualTo(409);
        assertThat(Await.task(taskService, caseNo, "SubmitRectification").getDueDate()).isNotNull();

        own.put(path + "/submission", Map.of("plan", "三个月内选任秘书长", "report", "已物色秘书长人选"));
        assertThat(own.post(path + "/submission/submit", null).status()).isEqualTo(200);

        Task assessment = await(caseNo, "AffairsAssessment");
        assertThat((String) taskService.getVariable(assessment.getId(), "caseSummary")).contains("已物色秘书长人选");
        assertThat((String) taskService.getVariable(assessment.getId(), "caseSummary")).contains("换届大会定于下月召开");
        assertThat(affairs().completeTask(assessment.getId(), review("reject", "仍未选任秘书长")).status()).isEqualTo(204);
        assertThat(affairs().completeTask(await(caseNo, "Interview").getId(), review("approve", "已约谈",
                "interviewMinutes", "理事长承诺两个月内召开理事会")).status()).isEqualTo(204);
        JsonNode second = own.get(path).body();
        assertThat(second.get("status").asText()).isEqualTo("SECOND_PERIOD");
        assertThat(second.get("interviewMinutes").asText()).contains("两个月内");
        assertThat(affairs().post(path + "/extension", Map.of("reason", "第二期再延")).status())
                .as("the case was extended already").isEqualTo(409);
        own.put(path + "/submission", Map.of("report", "理事会未能召开"));
        assertThat(own.post(path + "/submission/submit", null).status()).isEqualTo(200);
        assertThat(affairs().completeTask(await(caseNo, "OnSiteVisit").getId(), review("approve", "已上门",
                "visitFindings", "办公场所无人值守")).status()).isEqualTo(204);
        assertThat(affairs().completeTask(await(caseNo, "FinalAssessment").getId(), review("reject", "建议退出"))
                .status()).isEqualTo(204);

        await(caseNo, "SubmitStatement");
        assertThat(own.get(path).body().get("statementDue").isNull()).isFalse();
        own.put(path + "/submission", Map.of("statement", "学会正在恢复活动，请求再给一次机会"));
        assertThat(own.post(path + "/submission/submit", null).status()).isEqualTo(200);

        Task decision = await(caseNo, "LeadershipDecision");
        assertThat((String) taskService.getVariable(decision.getId(), "caseSummary"))
                .contains("办公场所无人值守", "请求再给一次机会");
        assertThat(Api.as(port, "leader", "leader").completeTask(decision.getId(), review("reject", "党组会研究决定退出",
                "exitRoute", "MERGE")).status()).isEqualTo(204);

        JsonNode exited = own.get(path).body();
        assertThat(exited.get("status").asText()).isEqualTo("EXITED");
        assertThat(exited.get("exitRoute").asText()).isEqualTo("MERGE");
        assertThat(societies.get(society.getId()).getStatus()).isEqualTo(SocietyStatus.EXITED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(changeNo).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(inspection).count())
                .as("the campaign's 年检 runs on to its deadline").isOne();
        assertThat(own.post("/api/v1/changes", null).status()).as("no new applications").isEqualTo(409);
        assertThat(own.post("/api/v1/grants?programmeId=" + programme, null).status()).as("no new grant").isEqualTo(409);
        assertThat(own.get(path).status()).as("its history stays readable").isEqualTo(200);
        whatTheExitEndedIsCancelledAndReadOnly(own, change, caseNo, reelection, grantDraft);
    }

    /**
     * The exit's cancellation reaches every record it ended: each says 已终止 with who (the leader who decided the
     * exit), when and why, and none of them takes a change, a submission or a document any more.
     */
    private void whatTheExitEndedIsCancelledAndReadOnly(Api own, long change, String caseNo, String reelection,
                                                        long grantDraft) {
        JsonNode cancelled = own.get("/api/v1/changes/" + change).body();
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.at("/cancellation/cancelledBy").asText()).isEqualTo("leader");
        assertThat(cancelled.at("/cancellation/cancelReason").asText()).contains(caseNo);
        assertThat(cancelled.at("/cancellation/cancelledAt").asText()).isNotBlank();
        assertThat(own.get(reelection).body().get("status").asText()).isEqualTo("CANCELLED");
        JsonNode draft = own.get("/api/v1/grants/" + grantDraft).body();
        assertThat(draft.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(draft.at("/cancellation/cancelReason").asText()).contains(caseNo);

        Api.Response plan = own.put(reelection + "/plan", Map.of("planSummary", "仍想换届"));
        assertThat(plan.status()).as(plan.text()).isEqualTo(409);
        assertThat(plan.body().get("detail").asText()).contains("已终止");
        assertThat(own.post(reelection + "/plan/submit", null).status()).isEqualTo(409);
        assertThat(own.upload(reelection + "/attachments", "kind", "DEPARTURE_AUDIT", "audit.pdf", Files.pdf()).status())
                .isEqualTo(409);
        assertThat(own.put("/api/v1/grants/" + grantDraft + "/form", GrantFixtures.grantForm("退出后的项目", 10_000))
                .status()).isEqualTo(409);

        PortalLogin portal = new PortalLogin(port);
        String account = own.user();
        portal.logIn(account, account);
        String page = portal.get(reelection.replace("/api/v1", "")).body();
        assertThat(page).contains("id=\"cancellation\"", "已终止", caseNo).doesNotContain("id=\"submit-plan\"",
                "id=\"save-plan\"", "id=\"upload-attachment\"");
    }

    /** Each node runs the monthly scan at the same hour. */
    @Test
    void twoScansAtOnceProposeASocietyOnce() {
        Society society = weakSociety("tct");
        List<Api.Response> answers = Together.run(() -> affairs().post("/api/v1/exit-proposals/scan", null),
                () -> affairs().post("/api/v1/exit-proposals/scan", null));
        assertThat(answers).extracting(Api.Response::status).containsOnly(200);
        assertThat(proposals.findBySocietyIdOrderByIdDesc(society.getId())).hasSize(1);
    }

    @Test
    void aDismissedProposalComesBackOnlyWhenItsIndicatorsChange() {
        Society society = weakSociety("tcd");
        JsonNode proposal = ExitCases.proposalOf(society, affairs().post("/api/v1/exit-proposals/scan", null).body());
        String dismiss = "/api/v1/exit-proposals/" + proposal.get("id").asLong() + "/dismiss";
        Api.Response noReason = affairs().post(dismiss, Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().at("/errors/reason").asText()).contains("理由");
        assertThat(affairs().post(dismiss, Map.of("reason", "新任秘书长已到岗，待变更备案")).status()).isEqualTo(200);
        assertThat(ExitCases.proposalOf(society, affairs().post("/api/v1/exit-proposals/scan", null).body())).isNull();

        // 民政 lists it on the 活动异常名录: a new indicator, a new proposal
        societies.listAbnormalActivity(society.getId(), true, "affairs");
        JsonNode again = ExitCases.proposalOf(society, affairs().post("/api/v1/exit-proposals/scan", null).body());
        assertThat(again).isNotNull();
        assertThat(again.get("indicators").asText()).contains("已列入活动异常名录");
    }

    /** The 党组会 does not confirm: the case closes, the society stays as it was, its proposal counts as dismissed. */
    @Test
    void anIdentificationTheLeadershipMeetingDoesNotConfirmClosesTheCase() {
        Society society = weakSociety("tcn");
        String caseNo = ExitCases.open(affairs(), society);
        assertThat(ExitCases.confirmIdentification(Api.as(port, "leader", "leader"), caseNo, "reject").status())
                .isEqualTo(204);
        String account = "soc-" + society.getCode();
        JsonNode closed = Api.as(port, account, account).get("/api/v1/exit-cases").body().get(0);
        assertThat(closed.get("status").asText()).isEqualTo("NOT_CONFIRMED");
        assertThat(closed.get("letter").isNull()).as("no letter went out").isTrue();
        assertThat(societies.get(society.getId()).isWeak()).isFalse();
        assertThat(societies.get(society.getId()).getStatus()).isEqualTo(SocietyStatus.ACTIVE);
        assertThat(proposals.findBySocietyIdOrderByIdDesc(society.getId()).get(0).getStatus())
                .isEqualTo(ProposalStatus.DISMISSED);
        assertThat(ExitCases.proposalOf(society, affairs().post("/api/v1/exit-proposals/scan", null).body()))
                .as("the same indicators are not proposed again").isNull();
    }

    /**
     * Each input the table gained fires from the records it reads: the 活动异常名录 flag, 学会部's 联系记录 (failed
     * attempts since the last that reached the society), the 理事长's terms and a vacancy measured from the change log.
     */
    @Test
    void theRegisterAndTheContactLogFeedTheIdentification() {
        LocalDate today = LocalDate.now();
        Society society = testSocieties.registerActive("tci", new Officer(OfficerRole.PRESIDENT, "连任", LocalDate.of(1966,
                6, 6), true, false, 3), PartyOrganisation.STANDALONE, today.minusMonths(2));
        assertThat(codes(society, today)).as("a president in a third term; the 秘书长 missing for two months only")
                .containsExactly("OFFICERS_OVER_TERM");

        societies.listAbnormalActivity(society.getId(), true, "affairs");
        String attempts = "/api/v1/societies/" + society.getId() + "/contact-attempts";
        for (String channel : List.of("ADDRESS_VISIT", "PHONE")) {
            assertThat(affairs().post(attempts, attempt(channel, "FAILED")).status()).isEqualTo(201);
        }
        assertThat(codes(society, today)).containsExactly("OFFICERS_OVER_TERM", "ON_ABNORMAL_LIST");
        affairs().post(attempts, attempt("LEGAL_REPRESENTATIVE", "FAILED"));
        assertThat(codes(society, today)).containsExactly("OFFICERS_OVER_TERM", "ON_ABNORMAL_LIST", "UNREACHABLE");
        affairs().post(attempts, attempt("LETTER", "REACHED"));
        assertThat(codes(society, today)).as("reached again: the count starts over")
                .containsExactly("OFFICERS_OVER_TERM", "ON_ABNORMAL_LIST");
        assertThat(affairs().get(attempts).body()).hasSize(4);
        assertThat(affairs().get("/api/v1/openapi").text()).as("described for API clients")
                .contains("/api/v1/societies/{id}/contact-attempts", "/api/v1/exit-cases/{id}/extension");

        // the 秘书长 leaves through a 变更 today: vacant from the change log's line, not since registration
        Society staffed = testSocieties.registerActive("tcv", new Officer(OfficerRole.PRESIDENT, "理事", LocalDate.of(1966,
                6, 6), true, false, 1), PartyOrganisation.STANDALONE, today.minusYears(3));
        societies.applyChanges(staffed.getId(), Map.of(), List.of(
                new Officer(OfficerRole.PRESIDENT, "理事", LocalDate.of(1966, 6, 6), true, false, 1),
                new Officer(OfficerRole.SECRETARY_GENERAL, "秘书", LocalDate.of(1980, 1, 1), false, true, 1)),
                "BG-TEST-1", "test");
        societies.applyChanges(staffed.getId(), Map.of(), List.of(
                new Officer(OfficerRole.PRESIDENT, "理事", LocalDate.of(1966, 6, 6), true, false, 1)), "BG-TEST-2", "test");
        assertThat(codes(staffed, today)).doesNotContain("SECRETARY_VACANT");
        assertThat(codes(staffed, today.plusMonths(6))).as("six months vacant is not more than six")
                .doesNotContain("SECRETARY_VACANT");
        assertThat(codes(staffed, today.plusMonths(6).plusDays(1))).contains("SECRETARY_VACANT");
        assertThat(codes(society, today.plusMonths(5))).as("vacant since its registration seven months before")
                .contains("SECRETARY_VACANT");
    }

    @Autowired
    WeakSocietyIdentification identification;

    List<String> codes(Society society, LocalDate day) {
        return identification.of(societies.get(society.getId()), day).fired().stream().map(Indicators.Indicator::code)
                .toList();
    }

    static Map<String, Object> attempt(String channel, String outcome) {
        return Map.of("attemptedOn", LocalDate.now().toString(), "channel", channel, "outcome", outcome,
                "note", "联系记录");
    }

    @Test
    void aSocietyThatRectifiesInTheFirstPeriodIsRestored() {
        Society society = weakSociety("tcr");
        String account = "soc-" + society.getCode();
        Api own = Api.as(port, account, account);
        String caseNo = ExitCases.confirm(affairs(), Api.as(port, "leader", "leader"), society);
        long id = own.get("/api/v1/exit-cases").body().get(0).get("id").asLong();
        own.put("/api/v1/exit-cases/" + id + "/submission", Map.of("plan", "建立党支部，选任秘书长", "report", "均已完成"));
        assertThat(own.post("/api/v1/exit-cases/" + id + "/submission/submit", null).status()).isEqualTo(200);

        affairs().completeTask(await(caseNo, "AffairsAssessment").getId(), review("approve", "整改到位"));
        assertThat(Api.as(port, "leader", "leader").completeTask(await(caseNo, "LeadershipDecision").getId(),
                review("approve", "恢复正常")).status()).isEqualTo(204);
        assertThat(own.get("/api/v1/exit-cases/" + id).body().get("status").asText()).isEqualTo("RESTORED");
        Society restored = societies.get(society.getId());
        assertThat(restored.isWeak()).isFalse();
        assertThat(restored.getStatus()).isEqualTo(SocietyStatus.ACTIVE);
    }
}
