package org.societyflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.societyflow.grant.GrantFixtures;
import org.societyflow.identity.Groups;
import org.societyflow.shared.DisplayTime;
import org.societyflow.society.Discipline;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Campaigns;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard against a known data set — societies of distinct status and discipline, 年检 grades, a process of the
 * test's own with completed, open and overdue tasks, a programme with one application — compared before and after,
 * since other tests and the demo data share the database; staff only; every export read back with POI.
 */
@IntegrationTest
class ReportingIT {

    /** The known 年检 years: far before any campaign a test opens, so only this test's results are in them. */
    static final int YEAR = 2002;
    static final int EARLIER = 2001;
    static final String STEP = "报表核对";

    @Autowired
    DisplayTime times;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    SocietyService societies;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    Api affairs() {
        return Api.as(port, "affairs", "affairs");
    }

    Society society(String prefix, SocietyStatus status, Discipline discipline, LocalDate registeredOn) {
        return society(prefix, status, discipline, registeredOn, null);
    }

    /** With registered funds in 元, as the register keeps them. */
    Society society(String prefix, SocietyStatus status, Discipline discipline, LocalDate registeredOn,
                    BigDecimal funds) {
        String code = TestSocieties.uniqueCode(prefix);
        Society society = new Society(code, "武汉市报表测试学会" + code, discipline, SupervisionMode.SUPERVISED, status,
                PartyOrganisation.STANDALONE)
                .registered("51420100MJA" + code.substring(code.length() - 6) + "X", registeredOn, null, "学术交流", "武汉市",
                        "027-88888888")
                .term(3, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31)).members(321, 12)
                .officer(new Officer(OfficerRole.PRESIDENT, "李报" + prefix, LocalDate.of(1968, 5, 1), true, false, 1))
                .officer(new Officer(OfficerRole.SECRETARY_GENERAL, "周表" + prefix, LocalDate.of(1980, 5, 1), false, true, 1));
        if (funds != null) {
            society.funds(funds, "武汉市科学技术协会", registeredOn);
        }
        testSocieties.register(society);
        return societies.getByCode(code);
    }

    /** Registered three years ago: in no campaign a test opens (those inspect years from four years back, see Campaigns). */
    Society society(String prefix, SocietyStatus status, Discipline discipline) {
        return society(prefix, status, discipline, LocalDate.now().minusYears(3));
    }

    static long cell(JsonNode dashboard, SocietyStatus status, Discipline discipline) {
        return dashboard.get("societies").get(status.name()).get(discipline.name()).asLong();
    }

    static long grades(JsonNode dashboard, int year, InspectionGrade grade) {
        JsonNode row = dashboard.get("gradesByYear").get(String.valueOf(year));
        return row == null ? 0 : row.get(grade.name()).asLong();
    }

    static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (value.equals(item.get(field).asText())) {
                return item;
            }
        }
        return null;
    }

    JsonNode dashboard() {
        Api.Response response = affairs().get("/api/v1/dashboard");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    /** A process of this test alone: one reviewer step with a due date, so every figure of it is known exactly. */
    String deployProcess() {
        String key = "reporting-it-" + System.nanoTime();
        // its start form declares the variable of this test alone, which is not in the process contract
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).name("报表测试流程").camundaHistoryTimeToLive(1)
                .startEvent().camundaFormField().camundaId("due").camundaType("date").camundaFormFieldDone()
                .userTask("Check").name(STEP).camundaCandidateGroups(Groups.SOCIETY_AFFAIRS).camundaDueDate("${due}")
                .endEvent()
                .done();
        repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
        return key;
    }

    String start(String key, String businessKey, Society society, LocalDate due) {
        runtimeService.startProcessInstanceByKey(key, businessKey, Map.of("title", "报表测试 · " + businessKey,
                "societyName", society.getName(),
                "due", Date.from(due.atStartOfDay(ZoneId.systemDefault()).toInstant())));
        return businessKey;
    }

    void completeAfter(String businessKey, long millis) throws InterruptedException {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
        Thread.sleep(millis);
        taskService.complete(task.getId());
    }

    @Test
    void figuresMoveByExactlyTheKnownSet() throws Exception {
        JsonNode before = dashboard();

        Society a = society("rpa", SocietyStatus.ACTIVE, Discipline.SCIENCE);
        Society b = society("rpb", SocietyStatus.ACTIVE, Discipline.SCIENCE);
        Society c = society("rpc", SocietyStatus.RECTIFYING, Discipline.MEDICINE);
        society("rpd", SocietyStatus.EXITED, Discipline.AGRICULTURE);
        society("rpe", SocietyStatus.PREPARING, Discipline.INTERDISCIPLINARY);
        societies.recordInspectionResult(a.getId(), YEAR, "NJ-T-" + a.getCode(), InspectionGrade.PASS, null);
        societies.recordInspectionResult(b.getId(), YEAR, "NJ-T-" + b.getCode(), InspectionGrade.BASIC_PASS, false);
        societies.recordInspectionResult(c.getId(), YEAR, "NJ-T-" + c.getCode(), InspectionGrade.FAIL, false);
        societies.recordInspectionResult(a.getId(), EARLIER, "NJ-T0-" + a.getCode(), InspectionGrade.PASS, null);

        // five instances: three completed after different waits, one open and overdue, one open and due next month
        String key = deployProcess();
        String prefix = "BB-" + System.nanoTime() + "-";
        List<String> done = new ArrayList<>();
        long[] waits = {20, 60, 150};
        for (int i = 0; i < waits.length; i++) {
            done.add(start(key, prefix + i, a, LocalDate.now().plusDays(30)));
        }
        String overdue = start(key, prefix + "late", a, LocalDate.now().minusDays(2));
        start(key, prefix + "open", b, LocalDate.now().plusDays(30));
        for (int i = 0; i < waits.length; i++) {
            completeAfter(done.get(i), waits[i]);
        }

        long programmeId = programmeWithOneApplication(a);

        JsonNode after = dashboard();

        // societies: exactly one more in each of the four cells, two more in ACTIVE × SCIENCE, no other cell moves
        for (SocietyStatus status : SocietyStatus.values()) {
            for (Discipline discipline : Discipline.values()) {
                long expected = status == SocietyStatus.ACTIVE && discipline == Discipline.SCIENCE ? 2
                        : status == SocietyStatus.RECTIFYING && discipline == Discipline.MEDICINE ? 1
                        : status == SocietyStatus.EXITED && discipline == Discipline.AGRICULTURE ? 1
                        : status == SocietyStatus.PREPARING && discipline == Discipline.INTERDISCIPLINARY ? 1 : 0;
                assertThat(cell(after, status, discipline) - cell(before, status, discipline))
                        .as(status + " × " + discipline).isEqualTo(expected);
            }
        }

        // grades: one of each in the year, the earlier year apart
        assertThat(grades(after, YEAR, InspectionGrade.PASS) - grades(before, YEAR, InspectionGrade.PASS)).isEqualTo(1);
        assertThat(grades(after, YEAR, InspectionGrade.BASIC_PASS) - grades(before, YEAR, InspectionGrade.BASIC_PASS)).isEqualTo(1);
        assertThat(grades(after, YEAR, InspectionGrade.FAIL) - grades(before, YEAR, InspectionGrade.FAIL)).isEqualTo(1);
        assertThat(grades(after, EARLIER, InspectionGrade.PASS) - grades(before, EARLIER, InspectionGrade.PASS)).isEqualTo(1);
        assertThat(grades(after, EARLIER, InspectionGrade.FAIL) - grades(before, EARLIER, InspectionGrade.FAIL)).isZero();

        // the test's process: two running instances, both waiting in the one step
        JsonNode open = find(after.get("openApplications"), "key", key);
        assertThat(open).isNotNull();
        assertThat(open.get("name").asText()).isEqualTo("报表测试流程");
        assertThat(open.get("instances").asLong()).isEqualTo(2);
        assertThat(open.get("steps")).hasSize(1);
        assertThat(open.get("steps").get(0).get("name").asText()).isEqualTo(STEP);
        assertThat(open.get("steps").get(0).get("tasks").asLong()).isEqualTo(2);
        assertThat(after.get("openApplications").findValuesAsText("key")).as("the platform's own work is no application")
                .contains("society-change").doesNotContain("notification-mail", "annual-inspection-campaign", "expert-review");

        // overdue: exactly the late one more, listed with its number, holder and due day
        assertThat(after.get("overdueCount").asLong() - before.get("overdueCount").asLong()).isEqualTo(1);
        JsonNode late = find(after.get("overdueTasks"), "businessKey", overdue);
        assertThat(late).as("the overdue task is listed").isNotNull();
        assertThat(late.get("taskName").asText()).isEqualTo(STEP);
        assertThat(late.get("processName").asText()).isEqualTo("报表测试流程");
        assertThat(late.get("holder").asText()).isEqualTo("学会部");
        assertThat(late.get("due").asText()).startsWith(LocalDate.now().minusDays(2).toString());
        assertThat(find(after.get("overdueTasks"), "businessKey", prefix + "open")).isNull();

        // step durations: the three completed tasks, mean and nearest-rank p90 of what the history recorded
        List<Long> durations = historyService.createHistoricTaskInstanceQuery().processDefinitionKey(key).finished()
                .list().stream().map(HistoricTaskInstance::getDurationInMillis).sorted().toList();
        assertThat(durations).hasSize(3);
        assertThat(durations.get(0)).isGreaterThanOrEqualTo(20);
        assertThat(durations.get(2)).isGreaterThanOrEqualTo(150);
        JsonNode step = find(after.get("stepDurations"), "processKey", key);
        assertThat(step.get("taskName").asText()).isEqualTo(STEP);
        assertThat(step.get("completed").asInt()).isEqualTo(3);
        assertThat(step.get("averageMillis").asLong())
                .isEqualTo(Math.round((durations.get(0) + durations.get(1) + durations.get(2)) / 3.0));
        assertThat(step.get("p90Millis").asLong()).as("⌈0.9 · 3⌉ = 3rd").isEqualTo(durations.get(2));

        // funding: the new programme with its budget and its one application, nothing granted yet
        JsonNode funding = find(after.get("funding"), "id", String.valueOf(programmeId));
        assertThat(funding.get("totalBudget").asLong()).isEqualTo(300_000);
        assertThat(funding.get("applications").asLong()).isEqualTo(1);
        assertThat(funding.get("granted").asLong()).isZero();
        assertThat(funding.get("funded").asLong()).isZero();
        assertThat(funding.get("status").asText()).isEqualTo("OPEN");

        // the page shows the same figures, with the grades chart now that there are grades
        String html = page("/dashboard", "affairs").getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"chart-grades\"", "/exports/applications/" + key + ".xlsx", overdue, STEP,
                "/exports/programmes/" + programmeId + ".xlsx");
        assertThat(html.substring(html.indexOf("id=\"dashboard-open\""), html.indexOf("id=\"dashboard-overdue\"")))
                .contains("报表测试流程").doesNotContain("发送通知邮件", "专家评审", "年检工作");
    }

    /** A published programme (300 000 元) and one submitted application of the society. */
    long programmeWithOneApplication(Society society) {
        Map<String, Object> form = new HashMap<>();
        form.put("type", "ACADEMIC_EXCHANGE");
        form.put("year", LocalDate.now().getYear());
        form.put("title", "报表测试专项 " + System.nanoTime());
        form.put("callText", "申报指南");
        form.put("opensOn", LocalDate.now().minusDays(1).toString());
        form.put("closesOn", LocalDate.now().plusDays(10).toString());
        form.put("totalBudget", 300_000);
        form.put("capPerProject", 50_000);
        form.put("categories", List.of("SALON"));
        form.put("expertsPerApplication", 3);
        form.put("noticeWorkingDays", 5);
        long id = affairs().post("/api/v1/programmes", form).body().get("id").asLong();
        assertThat(affairs().post("/api/v1/programmes/" + id + "/publish", null).status()).isEqualTo(200);

        testSocieties.passedLastInspection(society);
        Api secretariat = Api.as(port, "soc-" + society.getCode(), "soc-" + society.getCode());
        long grant = secretariat.post("/api/v1/grants?programmeId=" + id, null).body().get("id").asLong();
        Map<String, Object> application = new HashMap<>();
        application.put("title", "报表测试学术沙龙");
        application.put("category", "SALON");
        application.put("summary", "学术沙龙");
        application.put("plan", "主题报告与讨论");
        application.put("startsOn", LocalDate.now().plusDays(40).toString());
        application.put("endsOn", LocalDate.now().plusDays(41).toString());
        application.put("venue", "武汉市科技会堂");
        application.put("expectedParticipants", 80);
        application.put("requestedAmount", 30_000);
        application.put("leadOrganiser", true);
        application.put("budgetLines", List.of(Map.of("item", "会务费", "amount", 30_000)));
        application.put("team", List.of(Map.of("name", "张三", "organisation", "武汉大学", "title", "教授", "role", "负责人")));
        secretariat.put("/api/v1/grants/" + grant + "/form", application);
        GrantFixtures.attachRequired(secretariat, grant);
        Api.Response submitted = secretariat.post("/api/v1/grants/" + grant + "/form/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        return id;
    }

    @Test
    void onlyStaffSeeTheDashboardAndTheExports() throws Exception {
        Society society = society("rpx", SocietyStatus.ACTIVE, Discipline.ENGINEERING);
        String account = "soc-" + society.getCode();

        Api.Response refused = Api.as(port, account, account).get("/api/v1/dashboard");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(Api.as(port, "expert1", "expert1").get("/api/v1/dashboard").status()).isEqualTo(403);
        assertThat(Api.as(port, "leader", "leader").get("/api/v1/dashboard").status()).isEqualTo(200);
        for (String path : List.of("/dashboard", "/exports/societies.xlsx", "/exports/applications/society-change.xlsx",
                "/exports/campaigns/2018.xlsx", "/exports/programmes/1.xlsx")) {
            assertThat(page(path, account).getStatus()).as(path).isEqualTo(403);
        }

        // the page draws its charts itself: inline SVG, no script but the forms' busy indicator every page loads,
        // nothing fetched from elsewhere
        MockHttpServletResponse page = page("/dashboard", "affairs");
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("数据看板", "<svg", "id=\"chart-societies\"", "id=\"chart-funding\"",
                "/exports/societies.xlsx", "/exports/applications/society-change.xlsx", "/exports/party-organisations.xlsx",
                "id=\"party-coverage\"");
        assertThat(html.replace("<script src=\"/js/forms.js\" defer></script>", "")).doesNotContain("<script");
        assertThat(html).containsPattern("<a [^>]*href=\"/dashboard\"");
        assertThat(page("/", account).getContentAsString(StandardCharsets.UTF_8)).doesNotContain("href=\"/dashboard\"");
    }

    @Test
    void theRegisterIsExportedWithChineseHeaders() throws Exception {
        Society society = society("rpr", SocietyStatus.RECTIFYING, Discipline.MEDICINE, LocalDate.now().minusYears(3),
                new BigDecimal("525000"));

        try (Workbook book = download("/exports/societies.xlsx")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("学会名录");
            assertThat(row(sheet.getRow(0))).containsExactlyElementsOf(ExportService.REGISTER_HEADERS);
            List<String> row = rowWith(sheet, society.getCode());
            Map<String, String> byHeader = byHeader(ExportService.REGISTER_HEADERS, row);
            assertThat(byHeader).containsEntry("学会名称", society.getName())
                    .containsEntry("统一社会信用代码", society.getCreditCode())
                    .containsEntry("学科", "医科").containsEntry("状态", "整改中").containsEntry("管理方式", "科协主管")
                    .containsEntry("届次", "3").containsEntry("任期开始", "2023-01-01").containsEntry("任期结束", "2027-12-31")
                    .containsEntry("理事长", "李报rpr").containsEntry("秘书长", "周表rpr").containsEntry("法定代表人", "李报rpr")
                    .containsEntry("个人会员数", "321").containsEntry("单位会员数", "12").containsEntry("党组织", "单独建立")
                    .containsEntry("注册资金（万元）", "52.5");
        }
    }

    @Test
    void eachProcessExportsItsApplicationsFromTheHistory() throws Exception {
        Society society = society("rpp", SocietyStatus.ACTIVE, Discipline.ENGINEERING);
        String key = deployProcess();
        String prefix = "BB-" + System.nanoTime() + "-";
        start(key, prefix + "done", society, LocalDate.now().plusDays(5));
        start(key, prefix + "open", society, LocalDate.now().plusDays(5));
        completeAfter(prefix + "done", 0);

        try (Workbook book = download("/exports/applications/" + key + ".xlsx")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(row(sheet.getRow(0))).containsExactlyElementsOf(ApplicationListExport.HEADERS);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Map<String, String> ended = byHeader(ApplicationListExport.HEADERS, rowWith(sheet, prefix + "done"));
            assertThat(ended).containsEntry("标题", "报表测试 · " + prefix + "done").containsEntry("学会", society.getName())
                    .containsEntry("状态", "已办结").containsEntry("当前环节", "");
            // moments are written in the 科协's zone, whatever the server's
            assertThat(ended.get("结束时间")).startsWith(LocalDate.now(times.zone()).toString());
            Map<String, String> running = byHeader(ApplicationListExport.HEADERS, rowWith(sheet, prefix + "open"));
            assertThat(running).containsEntry("状态", "办理中").containsEntry("当前环节", STEP).containsEntry("结束时间", "");
            assertThat(running.get("开始时间")).startsWith(LocalDate.now(times.zone()).toString());
        }
        assertThat(page("/exports/applications/no-such-process.xlsx", "affairs").getStatus()).isEqualTo(404);
    }

    @Test
    void aCampaignExportsItsResultsSocietyBySociety() throws Exception {
        // registered long ago, so the campaign inspects it
        Society society = society("rpc", SocietyStatus.ACTIVE, Discipline.SCIENCE, LocalDate.of(2000, 1, 1));
        int year = Campaigns.freshYear();
        assertThat(affairs().post("/api/v1/campaigns", Map.of("year", year)).status()).isEqualTo(201);
        Api secretariat = Api.as(port, "soc-" + society.getCode(), "soc-" + society.getCode());
        Await.until("the society's inspection of " + year, () -> {
            for (JsonNode inspection : secretariat.get("/api/v1/inspections").body()) {
                if (inspection.get("year").asInt() == year) {
                    return true;
                }
            }
            return null;
        });

        try (Workbook book = download("/exports/campaigns/" + year + ".xlsx")) {
            Sheet results = book.getSheetAt(0);
            assertThat(results.getSheetName()).isEqualTo(year + "年度年检结果");
            assertThat(row(results.getRow(0))).containsExactlyElementsOf(ExportService.CAMPAIGN_HEADERS);
            Map<String, String> row = byHeader(ExportService.CAMPAIGN_HEADERS, rowWith(results, society.getCode()));
            assertThat(row).containsEntry("学会名称", society.getName()).containsEntry("办理状态", "待填报")
                    .containsEntry("评定等级", "");
            assertThat(row.get("年检编号")).startsWith("NJ-" + year);
            Sheet tallies = book.getSheet("统计");
            assertThat(row(tallies.getRow(0))).containsExactly("项目", "数量");
            assertThat(rowWith(tallies, "参检学会")).hasSize(2);
        }
        assertThat(page("/exports/campaigns/1989.xlsx", "affairs").getStatus()).isEqualTo(404);
    }

    @Test
    void aProgrammeExportsItsRankingAndApplications() throws Exception {
        Society society = society("rpg", SocietyStatus.ACTIVE, Discipline.ENGINEERING);
        long programmeId = programmeWithOneApplication(society);

        MockHttpServletResponse response = page("/exports/programmes/" + programmeId + ".xlsx", "affairs");
        assertThat(response.getContentType()).isEqualTo(ExportController.XLSX.toString());
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet ranking = book.getSheet("排序与资助");
            assertThat(row(ranking.getRow(0))).containsExactlyElementsOf(ExportService.RANKING_HEADERS);
            // nothing is reviewed yet, so nothing is ranked
            assertThat(ranking.getLastRowNum()).isZero();
            Sheet applications = book.getSheet("申报项目");
            assertThat(row(applications.getRow(0))).containsExactlyElementsOf(ExportService.APPLICATION_HEADERS);
            assertThat(applications.getLastRowNum()).isEqualTo(1);
            Map<String, String> row = byHeader(ExportService.APPLICATION_HEADERS, row(applications.getRow(1)));
            assertThat(row).containsEntry("项目名称", "报表测试学术沙龙").containsEntry("申报学会", society.getName())
                    .containsEntry("类别", "学术沙龙").containsEntry("状态", "形式审查中").containsEntry("申请金额（元）", "30000");
            assertThat(row.get("项目编号")).startsWith("XM-");
        }
    }

    // ---- reading the workbooks back ----

    MockHttpServletResponse page(String path, String user) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML, MediaType.ALL).with(httpBasic(user, user)))
                .andReturn().getResponse();
    }

    Workbook download(String path) throws Exception {
        MockHttpServletResponse response = page(path, "affairs");
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(ExportController.XLSX.toString());
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    static final DataFormatter FORMAT = new DataFormatter();

    /** Cells as Excel shows them; dates in the workbook's own yyyy-mm-dd format. */
    static List<String> row(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : FORMAT.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    static List<String> rowWith(Sheet sheet, String value) {
        for (Row row : sheet) {
            List<String> cells = row(row);
            if (cells.contains(value)) {
                return cells;
            }
        }
        throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
    }

    static Map<String, String> byHeader(List<String> headers, List<String> row) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            map.put(headers.get(i), i < row.size() ? row.get(i) : "");
        }
        return map;
    }
}
