package org.societyflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.InspectionResult;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Campaigns;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.Reports;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 年检 end to end over the real HTTP interfaces: 学会部 opens a campaign through the JSON API, the society
 * fills and submits its report through the JSON API, reviewers complete their tasks through the engine REST
 * API exactly as Tasklist does, and the register ends up with the grade.
 */
@IntegrationTest
class AnnualInspectionIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    SocietyService societies;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TestSocieties testSocieties;

    Api affairs;
    Api whcs;
    Api whma;
    int year;

    @BeforeEach
    void setUp() {
        affairs = Api.as(port, "affairs", "affairs");
        whcs = Api.as(port, "soc-whcs", "soc-whcs");
        whma = Api.as(port, "soc-whma", "soc-whma");
        year = Campaigns.freshYear();
    }

    /** Opens a campaign and returns the id of the society's inspection once its job has created it. */
    long openCampaignAndFindInspection(Api society) {
        Api.Response started = affairs.post("/api/v1/campaigns", Map.of("year", year));
        assertThat(started.status()).isEqualTo(201);
        return Campaigns.inspectionOf(society, year);
    }

    Task reviewTask(String applicationNo, String definitionKey) {
        return Await.until(definitionKey + " of " + applicationNo, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(applicationNo).taskDefinitionKey(definitionKey).singleResult());
    }

    Api.Response complete(Api reviewer, Task task, Map<String, Object> variables) {
        return reviewer.completeTask(task.getId(), variables);
    }

    String applicationNo(long id) {
        return whcs.get("/api/v1/inspections/" + id).body().get("applicationNo").asText();
    }

    @Test
    void reportGoesFromDraftToGradeInTheRegister() {
        long id = openCampaignAndFindInspection(whcs);

        JsonNode draft = whcs.get("/api/v1/inspections/" + id + "/report").body();
        assertThat(draft.has("membersIndividual")).isTrue();
        assertThat(draft.get("membersIndividual").isNull()).isTrue();
        assertThat(draft.has("criticisedLastYear")).isTrue();

        Api.Response saved = whcs.put("/api/v1/inspections/" + id + "/report", Reports.complete());
        assertThat(saved.status()).isEqualTo(200);
        Api.Response withoutDocuments = whcs.post("/api/v1/inspections/" + id + "/report/submit", null);
        assertThat(withoutDocuments.status()).isEqualTo(400);
        assertThat(withoutDocuments.body().at("/errors/attachments").asText()).contains("财务审计报告");
        Files.attachRequired(whcs, id);
        assertThat(whcs.get("/api/v1/inspections/" + id + "/report").body().get("workSummary").asText())
                .startsWith("全年举办");

        Api.Response submitted = whcs.post("/api/v1/inspections/" + id + "/report/submit", null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.body().get("proposedGrade").asText()).isEqualTo("PASS");

        Task review = reviewTask(applicationNo(id), "ReviewReport");
        assertThat(taskService.getIdentityLinksForTask(review.getId()))
                .anyMatch(link -> "society-affairs".equals(link.getGroupId()));
        assertThat(review.getDueDate()).isNotNull();

        Api.Response noDecision = complete(affairs, review, Map.of("opinion", "缺少结论"));
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.body().get("message").asText()).as("the refusal alone").doesNotContain("ENGINE-", "Exception");
        assertThat(noDecision.text()).contains("请选择审核结论");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);

        Api.Response differentGradeWithoutReason = complete(affairs, review,
                Map.of("decision", "approve", "opinion", "同意", "grade", "FAIL"));
        assertThat(differentGradeWithoutReason.status()).isEqualTo(400);
        assertThat(differentGradeWithoutReason.body().get("message").asText()).as("the refusal alone").doesNotContain("ENGINE-", "Exception");
        assertThat(differentGradeWithoutReason.text()).contains("请说明理由");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);

        assertThat(complete(affairs, review, Map.of("decision", "approve", "opinion", "报告完整，同意评为合格",
                "grade", "PASS")).status()).isEqualTo(204);

        JsonNode result = whcs.get("/api/v1/inspections/" + id).body();
        assertThat(result.get("status").asText()).isEqualTo("GRADED");
        assertThat(result.get("grade").asText()).isEqualTo("PASS");
        assertThat(result.at("/progress/ended").asBoolean()).isTrue();
        assertThat(result.at("/progress/opinions/0/opinion").asText()).isEqualTo("报告完整，同意评为合格");
        assertThat(result.at("/progress/opinions/0/userId").asText()).isEqualTo("affairs");
        assertThat(result.at("/progress/opinions").size()).isEqualTo(1);

        // the page and the 审批单 name people, not login ids; the sheet is an official one with the grade
        String page = whcs.get("/inspections/" + id).text();
        assertThat(page).contains("王晓明（学会部）").doesNotContain(">affairs<", ">soc-whcs<");
        String sheet = whcs.get("/approvals/" + applicationNo(id) + "/sheet").text();
        assertThat(sheet).contains("武汉市科学技术协会", "王晓明（学会部）", "武汉市计算机学会", "经办人（签字）", "（盖章）")
                .doesNotContain(">affairs<");
        assertThat(sheet.substring(sheet.indexOf("id=\"sheet-outcome\""))).startsWith("id=\"sheet-outcome\"")
                .contains("评级", "合格");

        Long societyId = result.get("societyId").asLong();
        InspectionResult inRegister = societies.inspectionResult(societyId, year);
        assertThat(inRegister.getGrade()).isEqualTo(InspectionGrade.PASS);
        assertThat(inRegister.getApplicationNo()).isEqualTo(applicationNo(id));
    }

    /** A society of its own, registered before every campaign year of the suite, so the campaign inspects it. */
    Api ownSociety(String prefix) {
        Society society = testSocieties.registerActive(prefix, LocalDate.of(1995, 5, 5));
        String account = "soc-" + society.getCode();
        return Api.as(port, account, account);
    }

    /**
     * No report by the deadline is a refused inspection: the deadline's timer marks it NOT_SUBMITTED and the grade
     * table, not the timer, grades it 不合格 (Rule_03), recorded in the register without a review.
     */
    @Test
    void aSocietyThatNeverSubmitsIsGradedFailByTheTable() {
        Api society = ownSociety("njn");
        long id = openCampaignAndFindInspection(society);
        String applicationNo = society.get("/api/v1/inspections/" + id).body().get("applicationNo").asText();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationNo)
                .singleResult().getId();
        Job deadline = managementService.createJobQuery().processInstanceId(instance).activityId("ReportDeadlinePassed")
                .singleResult();

        managementService.executeJob(deadline.getId());

        JsonNode result = society.get("/api/v1/inspections/" + id).body();
        assertThat(result.get("status").asText()).isEqualTo("NOT_SUBMITTED");
        assertThat(result.get("grade").asText()).isEqualTo("FAIL");
        assertThat(result.get("proposedGrade").asText()).isEqualTo("FAIL");
        assertThat(result.get("proposedGradeReason").asText()).isEqualTo("拒不接受或者不按照规定接受监督检查");
        assertThat(result.at("/progress/ended").asBoolean()).isTrue();
        assertThat(societies.inspectionResult(result.get("societyId").asLong(), year).getGrade())
                .isEqualTo(InspectionGrade.FAIL);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(applicationNo).count()).isZero();
    }

    /**
     * The 处罚与案件记录 of the inspected year reach the table: 不配合检查 makes the proposal 基本合格 (Rule_21), a
     * serious violation of another year does not count; 学会部 records one of the year during the review, the reviewer
     * asks the table again (reassess) and it proposes 不合格 (Rule_13), which the reviewer confirms.
     */
    @Test
    void caseRecordsOfTheYearMakeTheProposalAsTheTableSays() {
        Api society = ownSociety("njc");
        long id = openCampaignAndFindInspection(society);
        long societyId = society.get("/api/v1/inspections/" + id).body().get("societyId").asLong();
        String cases = "/api/v1/societies/" + societyId + "/penalties";
        assertThat(affairs.post(cases, Map.of("kind", "NON_COOPERATION", "occurredOn", year + "-06-15",
                "source", "现场检查记录", "note", "拒绝提供会计账簿")).status()).isEqualTo(201);
        assertThat(affairs.post(cases, Map.of("kind", "SERIOUS_VIOLATION", "occurredOn", (year - 1) + "-06-15",
                "source", "市民政局处罚决定书")).status()).isEqualTo(201);
        assertThat(society.get(cases).body()).as("the society reads what the grade reads about it").hasSize(2);
        assertThat(society.post(cases, Map.of("kind", "OTHER", "occurredOn", year + "-01-02", "source", "自报"))
                .status()).as("but 学会部 keeps the records").isEqualTo(403);
        assertThat(society.get("/societies/" + societyId).text()).as("its profile lists them, without the form to add")
                .contains("现场检查记录", "拒绝提供会计账簿").doesNotContain("case-record-form");

        society.put("/api/v1/inspections/" + id + "/report", Reports.complete());
        Files.attachRequired(society, id);
        JsonNode submitted = society.post("/api/v1/inspections/" + id + "/report/submit", null).body();
        assertThat(submitted.get("proposedGrade").asText()).isEqualTo("BASIC_PASS");
        assertThat(submitted.get("proposedGradeReason").asText()).isEqualTo("不配合业务主管单位和登记管理机关的管理");

        String applicationNo = submitted.get("applicationNo").asText();
        Task review = reviewTask(applicationNo, "ReviewReport");
        assertThat(taskService.getVariable(review.getId(), "caseRecords").toString()).contains("不配合检查", "现场检查记录")
                .doesNotContain("市民政局处罚决定书");
        assertThat(affairs.post(cases, Map.of("kind", "SERIOUS_VIOLATION", "occurredOn", year + "-09-01",
                "source", "市民政局行政处罚决定书")).status()).isEqualTo(201);

        Api.Response flaggedButApproved = complete(affairs, review, Map.of("decision", "approve", "opinion", "同意",
                "uncooperativeFlagged", true, "seriousCaseFlagged", true));
        assertThat(flaggedButApproved.status()).as("a flag needs the table again").isEqualTo(400);
        assertThat(flaggedButApproved.text()).contains("按标记重新评级");

        assertThat(complete(affairs, review, Map.of("decision", "reassess", "opinion", "年内另有严重违法记录，重新评级"))
                .status()).isEqualTo(204);
        Task again = reviewTask(applicationNo, "ReviewReport");
        assertThat(again.getId()).isNotEqualTo(review.getId());
        JsonNode reassessed = society.get("/api/v1/inspections/" + id).body();
        assertThat(reassessed.get("proposedGrade").asText()).isEqualTo("FAIL");
        assertThat(reassessed.get("proposedGradeReason").asText()).isEqualTo("情节严重：不配合业务主管单位和登记管理机关的管理");

        assertThat(complete(affairs, again, Map.of("decision", "approve", "opinion", "不合格", "grade", "FAIL"))
                .status()).isEqualTo(204);
        assertThat(societies.inspectionResult(societyId, year).getGrade()).isEqualTo(InspectionGrade.FAIL);
    }

    /** The reviewer's flag alone (no record) makes 不配合管理 a table input: 基本合格 (Rule_21). */
    @Test
    void aReviewersFlagMakesTheProposal() {
        Api society = ownSociety("njf");
        long id = openCampaignAndFindInspection(society);
        society.put("/api/v1/inspections/" + id + "/report", Reports.complete());
        Files.attachRequired(society, id);
        JsonNode submitted = society.post("/api/v1/inspections/" + id + "/report/submit", null).body();
        assertThat(submitted.get("proposedGrade").asText()).isEqualTo("PASS");

        Task review = reviewTask(submitted.get("applicationNo").asText(), "ReviewReport");
        assertThat(complete(affairs, review, Map.of("decision", "reassess", "opinion", "检查中不配合",
                "uncooperativeFlagged", true)).status()).isEqualTo(204);
        reviewTask(submitted.get("applicationNo").asText(), "ReviewReport");
        JsonNode reassessed = society.get("/api/v1/inspections/" + id).body();
        assertThat(reassessed.get("proposedGrade").asText()).isEqualTo("BASIC_PASS");
        assertThat(reassessed.get("proposedGradeReason").asText()).isEqualTo("不配合业务主管单位和登记管理机关的管理");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() {
        long id = openCampaignAndFindInspection(whcs);

        Map<String, Object> negative = Reports.complete();
        negative.put("membersIndividual", -1);
        negative.put("income", -5);
        Api.Response refused = whcs.put("/api/v1/inspections/" + id + "/report", negative);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body().at("/errors/membersIndividual").asText()).isNotBlank();
        assertThat(refused.body().at("/errors/income").asText()).isNotBlank();
        assertThat(whcs.get("/api/v1/inspections/" + id + "/report").body().get("membersIndividual").isNull()).isTrue();

        Api.Response wrongType = whcs.put("/api/v1/inspections/" + id + "/report", "{\"membersIndividual\":\"many\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.contentType()).contains("application/problem+json");

        Api.Response incomplete = whcs.post("/api/v1/inspections/" + id + "/report/submit", null);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body().at("/errors/workSummary").asText()).isNotBlank();
        assertThat(whcs.get("/api/v1/inspections/" + id).body().get("status").asText()).isEqualTo("AWAITING_REPORT");

        assertThat(whcs.put("/api/v1/inspections/" + id + "/report", Reports.complete()).status()).isEqualTo(200);
        Files.attachRequired(whcs, id);
        assertThat(whcs.post("/api/v1/inspections/" + id + "/report/submit", null).status()).isEqualTo(200);
        Api.Response second = whcs.post("/api/v1/inspections/" + id + "/report/submit", null);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("detail").asText()).contains("已提交");
        assertThat(whcs.put("/api/v1/inspections/" + id + "/report", Reports.complete()).status()).isEqualTo(409);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(applicationNo(id))
                .taskDefinitionKey("ReviewReport").count()).isEqualTo(1);
    }

    @Test
    void theFormStatesTheDeadlineAnEmptyFieldGives() {
        // societyflow.inspection: report-due 03-31 of the next year, but at least P30D after the campaign opens
        int suggested = EngineClock.today().getYear() - 1;
        LocalDate suggestedDeadline = latest(LocalDate.of(suggested + 1, 3, 31), EngineClock.today().plusDays(30));
        PortalLogin pages = new PortalLogin(port);
        pages.logIn("affairs", "affairs");
        assertThat(pages.get("/campaigns").body()).contains("留空则为次年3月31日，但不早于开展之日起 30 天",
                "今天开展 " + suggested + " 年度的年检，留空即为 " + suggestedDeadline + "。");

        Api.Response started = affairs.post("/api/v1/campaigns", Map.of("year", year));
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.body().get("reportDeadline").asText()).as("an empty deadline, by the rules the form states")
                .isEqualTo(latest(LocalDate.of(year + 1, 3, 31), EngineClock.today().plusDays(30)).toString());
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Test
    void wrongYearAndSecondCampaignOfAYearAreRefused() {
        Api.Response future = affairs.post("/api/v1/campaigns", Map.of("year", 2999));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().at("/errors/year").asText()).contains("1990");
        Api.Response missing = affairs.post("/api/v1/campaigns", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().at("/errors/year").asText()).isNotBlank();

        assertThat(affairs.post("/api/v1/campaigns", Map.of("year", year)).status()).isEqualTo(201);
        Api.Response again = affairs.post("/api/v1/campaigns", Map.of("year", year));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().at("/errors/year").asText()).contains("已经开展");

        assertThat(whcs.post("/api/v1/campaigns", Map.of("year", 2001)).status()).isEqualTo(403);
    }

    @Test
    void aSocietySeesAndTouchesOnlyItsOwnInspection() {
        long id = openCampaignAndFindInspection(whcs);

        assertThat(whma.get("/api/v1/inspections/" + id).status()).isEqualTo(404);
        assertThat(whma.get("/api/v1/inspections/" + id + "/report").status()).isEqualTo(404);
        assertThat(whma.put("/api/v1/inspections/" + id + "/report", Reports.complete()).status()).isEqualTo(404);
        assertThat(whma.post("/api/v1/inspections/" + id + "/report/submit", null).status()).isEqualTo(404);
        assertThat(whma.get("/api/v1/inspections").body().findValuesAsText("id")).doesNotContain(String.valueOf(id));

        // staff read every society's inspection, but only the society writes its report
        assertThat(affairs.get("/api/v1/inspections/" + id).status()).isEqualTo(200);
        assertThat(affairs.put("/api/v1/inspections/" + id + "/report", Reports.complete()).status()).isEqualTo(404);
        assertThat(whcs.get("/api/v1/inspections/" + id + "/report").body().get("membersIndividual").isNull()).isTrue();
    }

    @Test
    void theSocietyTaskCannotBeCompletedAroundThePortal() {
        long id = openCampaignAndFindInspection(whcs);
        Task submitReport = reviewTask(applicationNo(id), "SubmitReport");

        Api.Response bypass = whcs.post("/engine-rest/task/" + submitReport.getId() + "/complete",
                Map.of("variables", Map.of()));
        assertThat(bypass.status()).isGreaterThanOrEqualTo(400);
        assertThat(bypass.text()).contains("请在门户中填写并提交");
        assertThat(taskService.createTaskQuery().taskId(submitReport.getId()).count()).isEqualTo(1);
        assertThat(whcs.get("/api/v1/inspections/" + id).body().get("status").asText()).isEqualTo("AWAITING_REPORT");
    }

    @Test
    void returnedReportIsCorrectedAndResubmitted() {
        long id = openCampaignAndFindInspection(whcs);
        whcs.put("/api/v1/inspections/" + id + "/report", Reports.complete());
        Files.attachRequired(whcs, id);
        whcs.post("/api/v1/inspections/" + id + "/report/submit", null);

        Task review = reviewTask(applicationNo(id), "ReviewReport");
        assertThat(complete(affairs, review, Map.of("decision", "return", "opinion", "请补充党建活动情况")).status())
                .isEqualTo(204);
        assertThat(whcs.get("/api/v1/inspections/" + id).body().get("status").asText()).isEqualTo("RETURNED");

        Map<String, Object> corrected = Reports.complete();
        corrected.put("partyBuilding", "党支部开展主题党日10次，专题学习6次");
        assertThat(whcs.put("/api/v1/inspections/" + id + "/report", corrected).status()).isEqualTo(200);
        assertThat(whcs.post("/api/v1/inspections/" + id + "/report/submit", null).status()).isEqualTo(200);

        Task second = reviewTask(applicationNo(id), "ReviewReport");
        assertThat(complete(affairs, second, Map.of("opinion", "无结论")).status()).isGreaterThanOrEqualTo(400);
        assertThat(complete(affairs, second, Map.of("decision", "approve", "opinion", "已补充，同意")).status())
                .isEqualTo(204);
        JsonNode opinions = whcs.get("/api/v1/inspections/" + id).body().at("/progress/opinions");
        assertThat(opinions.findValuesAsText("decision")).containsExactly("return", "approve");
    }

    @Test
    void basicPassLeadsToRectificationAndBackToActive() {
        long id = openCampaignAndFindInspection(whcs);
        Map<String, Object> report = Reports.complete();
        report.put("auditOpinion", "QUALIFIED");
        whcs.put("/api/v1/inspections/" + id + "/report", report);
        Files.attachRequired(whcs, id);
        JsonNode submitted = whcs.post("/api/v1/inspections/" + id + "/report/submit", null).body();
        assertThat(submitted.get("proposedGrade").asText()).isEqualTo("BASIC_PASS");
        Long societyId = submitted.get("societyId").asLong();

        assertThat(complete(affairs, reviewTask(applicationNo(id), "ReviewReport"),
                Map.of("decision", "approve", "opinion", "财务管理不规范，评为基本合格")).status()).isEqualTo(204);
        assertThat(societies.get(societyId).getStatus()).isEqualTo(SocietyStatus.RECTIFYING);
        Task rectification = reviewTask(applicationNo(id), "SubmitRectification");
        assertThat(rectification.getDueDate()).isNotNull();

        String rectificationPath = "/api/v1/inspections/" + id + "/rectification";
        assertThat(whcs.get(rectificationPath).body().has("rectificationReport")).isTrue();
        assertThat(whcs.post(rectificationPath + "/submit", null).status()).isEqualTo(400);
        assertThat(whma.put(rectificationPath, Map.of("rectificationReport", "x")).status()).isEqualTo(404);
        assertThat(whcs.put(rectificationPath, Map.of("rectificationReport", "x".repeat(4001))).status()).isEqualTo(400);
        assertThat(whcs.put(rectificationPath, Map.of("rectificationReport", "已聘请会计师事务所规范财务核算")).status())
                .isEqualTo(200);
        assertThat(whcs.get(rectificationPath).body().get("rectificationReport").asText()).startsWith("已聘请");
        assertThat(whma.post(rectificationPath + "/submit", null).status()).isEqualTo(404);
        assertThat(whcs.post(rectificationPath + "/submit", null).status()).isEqualTo(200);
        assertThat(whcs.post(rectificationPath + "/submit", null).status()).isEqualTo(409);

        assertThat(complete(affairs, reviewTask(applicationNo(id), "ReviewRectification"),
                Map.of("decision", "approve", "opinion", "整改到位")).status()).isEqualTo(204);
        JsonNode result = whcs.get("/api/v1/inspections/" + id).body();
        assertThat(result.get("status").asText()).isEqualTo("RECTIFIED");
        assertThat(result.get("rectified").asBoolean()).isTrue();
        assertThat(societies.inspectionResult(societyId, year).getRectified()).isTrue();
        assertThat(societies.get(societyId).getStatus()).isEqualTo(SocietyStatus.ACTIVE);
    }

    @Test
    void documentsAreCheckedByContentSizeAndOwner() {
        long id = openCampaignAndFindInspection(whcs);
        String path = "/api/v1/inspections/" + id + "/attachments";

        Api.Response exe = whcs.upload(path, "kind", "AUDIT_REPORT", "audit.pdf", "MZ\u0090 not a pdf".getBytes());
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.body().at("/errors/file").asText()).contains("PDF");
        Api.Response script = whcs.upload(path, "kind", "OTHER", "page.html", "<script>alert(1)</script>".getBytes());
        assertThat(script.status()).isEqualTo(400);
        Api.Response empty = whcs.upload(path, "kind", "OTHER", "empty.pdf", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        System.arraycopy(Files.pdf(), 0, elevenMegabytes, 0, Files.pdf().length);
        Api.Response large = whcs.upload(path, "kind", "OTHER", "large.pdf", elevenMegabytes);
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.body().at("/errors/file").asText()).contains("10 MB");
        Api.Response noKind = whcs.upload(path, "kind", "NOT_A_KIND", "a.pdf", Files.pdf());
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(whcs.get(path).body().size()).isZero();

        Api.Response traversal = whcs.upload(path, "kind", "AUDIT_REPORT", "../../etc/审计报告.pdf", Files.pdf());
        assertThat(traversal.status()).isEqualTo(201);
        assertThat(traversal.body().get("filename").asText()).isEqualTo("审计报告.pdf");
        long attachmentId = traversal.body().get("id").asLong();
        Api.Response download = whcs.get(path + "/" + attachmentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.text()).startsWith("%PDF");

        assertThat(whma.get(path).status()).isEqualTo(404);
        assertThat(whma.get(path + "/" + attachmentId).status()).isEqualTo(404);
        assertThat(whma.upload(path, "kind", "OTHER", "x.pdf", Files.pdf()).status()).isEqualTo(404);
        assertThat(whma.delete(path + "/" + attachmentId).status()).isEqualTo(404);
        assertThat(affairs.get(path + "/" + attachmentId).status()).isEqualTo(200);

        assertThat(whcs.delete(path + "/" + attachmentId).status()).isEqualTo(204);
        assertThat(whcs.get(path).body().size()).isZero();
    }

    /** 学会部 may also open the campaign from Tasklist's "start process" with the start form's variables. */
    @Test
    void campaignStartedLikeTasklistDoesIsCheckedToo() {
        String start = "/engine-rest/process-definition/key/annual-inspection-campaign/start";
        Api.Response pastDeadline = affairs.post(start, Map.of("variables", Map.of(
                "year", Map.of("value", year, "type", "Long"), "reportDeadline", Map.of("value", "2001-03-31"))));
        assertThat(pastDeadline.status()).isGreaterThanOrEqualTo(400);
        assertThat(pastDeadline.text()).contains("报送截止日期须晚于今天");
        Api.Response future = affairs.post(start, Map.of("variables", Map.of("year", Map.of("value", 2999, "type", "Long"))));
        assertThat(future.text()).contains("年检年度不正确");
        // a society may not even read the definition, so the engine answers as if it did not exist
        assertThat(whcs.post(start, Map.of("variables", Map.of("year", Map.of("value", year, "type", "Long")))).status())
                .isEqualTo(404);

        Api.Response started = affairs.post(start, Map.of("variables", Map.of("year", Map.of("value", year, "type", "Long"))));
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.body().get("businessKey").asText()).isEqualTo("NJ-" + year);
        JsonNode campaign = Await.until("campaign " + year, () -> {
            for (JsonNode c : affairs.get("/api/v1/campaigns").body()) {
                if (c.get("year").asInt() == year) {
                    return c;
                }
            }
            return null;
        });
        assertThat(campaign.get("status").asText()).isEqualTo("OPEN");
    }
}
