package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.societyflow.grant.GrantFixtures;
import org.societyflow.identity.Groups;
import org.societyflow.society.Society;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Campaigns;
import org.societyflow.support.ExitCases;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.Reports;
import org.societyflow.support.TestSocieties;
import org.societyflow.workflow.ProcessProgressService;
import org.societyflow.workflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Generated bad values in every field of what 学会部 creates and edits: programmes, the expert pool, 海智 stations,
 * 年检 campaigns, and what the campaign's and the grant call's boards send (reminders, bulk approvals), through the API
 * ({@link BadJson}) and the staff pages' forms ({@link BadForms}). Each is refused (a 4xx problem, or the page again
 * with a message at the field) creating, approving and reminding nothing, or accepted and then shown escaped on the
 * staff's page. Never a 5xx.
 */
@IntegrationTest
class StaffInvalidInputIT {

    /**
     * Stands for the expert's user id, replaced on each attempt by a fresh user of the group experts; and for a board
     * row's key, replaced by the current row's.
     */
    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    ProcessProgressService progress;
    @Autowired
    TaskService taskService;

    Api affairs() {
        return Api.as(port, "affairs", "affairs");
    }

    @Test
    void everyFieldOfANewProgrammeRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        BadJson.fuzz(BadJson.tree(programme()), bad -> affairs.post("/api/v1/programmes", bad),
                () -> affairs.get("/api/v1/programmes").body().size(), () -> affairs.get("/programmes").text(), () -> { });
    }

    @Test
    void everyFieldOfAnEditedProgrammeRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        long id = affairs.post("/api/v1/programmes", programme()).body().get("id").asLong();
        BadJson.fuzzForm(affairs, "/api/v1/programmes/" + id, "/programmes/" + id, programme());
    }

    @Test
    void everyFieldOfANewExpertRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        BadJson.fuzz(BadJson.tree(expert(BadJson.PLACEHOLDER)),
                bad -> affairs.post("/api/v1/experts", BadJson.freshen(bad, BadJson.PLACEHOLDER, expertUser())),
                () -> affairs.get("/api/v1/experts").body(), () -> affairs.get("/experts").text(), () -> { });
    }

    @Test
    void everyFieldOfAnEditedExpertRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        long id = affairs.post("/api/v1/experts", expert(expertUser())).body().get("id").asLong();
        JsonNode valid = BadJson.tree(expert(expertUser()));
        BadJson.fuzz(valid, bad -> affairs.put("/api/v1/experts/" + id, bad), () -> affairs.get("/api/v1/experts").body(),
                () -> affairs.get("/experts").text(), () -> affairs.put("/api/v1/experts/" + id, valid));
    }

    @Test
    void everyFieldOfANewStationRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        String host = testSocieties.registerActive("bads").getCode();
        BadJson.fuzz(BadJson.tree(Map.of("name", "测试海智站" + host, "kind", "WORKSTATION", "societyCode", host,
                        "establishedYear", 2020)), bad -> affairs.post("/api/v1/stations", bad),
                () -> affairs.get("/api/v1/stations").body().size(), () -> affairs.get("/stations").text(), () -> { });
    }

    @Test
    void everyFieldOfANewCaseRecordRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        Society society = testSocieties.registerActive("badc");
        String penalties = "/api/v1/societies/" + society.getId() + "/penalties";
        BadJson.fuzz(BadJson.tree(caseRecord()), bad -> affairs.post(penalties, bad),
                () -> affairs.get(penalties).body().size(),
                () -> affairs.get("/societies/" + society.getId()).text(), () -> { });
    }

    @Test
    void theCaseRecordFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        Api affairs = affairs();
        Society society = testSocieties.registerActive("badd");
        String profile = "/societies/" + society.getId();
        String action = profile + "/penalties";
        PortalLogin browser = browser();
        Map<String, String> fields = BadForms.fields(browser.get(profile).body(), action);
        caseRecord().forEach((field, value) -> fields.put(field, value.toString()));
        BadForms.fuzz(fields, form -> browser.submit(profile, action, form),
                () -> affairs.get("/api/v1" + action).body().size(), () -> browser.get(profile).body(), () -> { });
    }

    /**
     * Each attempt starts from the register as it was (restored through the API), so the valid body always corrects
     * something and a refusal is for the bad value alone.
     */
    @Test
    void everyFieldOfACorrectionRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        Society society = testSocieties.registerActive("bade");
        String corrections = "/api/v1/societies/" + society.getId() + "/corrections";
        BadJson.fuzz(BadJson.tree(correction(society, "1971-02-03")), bad -> affairs.post(corrections, bad),
                () -> affairs.get("/api/v1/societies/" + society.getId()).body(),
                () -> affairs.get("/societies/" + society.getId()).text(),
                () -> affairs.post(corrections, correction(society, "1970-01-01", "武汉市", 120)));
    }

    @Test
    void theCorrectionFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        Api affairs = affairs();
        Society society = testSocieties.registerActive("badf");
        String profile = "/societies/" + society.getId();
        String action = profile + "/corrections";
        PortalLogin browser = browser();
        Map<String, String> fields = BadForms.fields(browser.get(profile).body(), action);
        fields.put("address", "武汉市武昌区");
        fields.put("membersIndividual", "121");
        fields.put("reason", "登记证书住所为武昌区");
        BadForms.fuzz(fields, form -> browser.submit(profile, action, form),
                () -> affairs.get("/api/v1/societies/" + society.getId()).body(), () -> browser.get(profile).body(),
                () -> affairs.post("/api/v1" + action, correction(society, "1970-01-01", "武汉市", 120)));
    }

    /**
     * 迁入 of a change under review: each attempt names a society of its own (in place of {@link #NO_SOCIETY_YET}),
     * so an accepted one leaves the next free to be entered; a refusal stores no request.
     */
    @Test
    void everyFieldOfACaseEntryRefusesOrEscapesBadValues() {
        Api admin = Api.as(port, "admin", "admin");
        Map<String, Object> entry = Map.of("societyId", NO_SOCIETY_YET, "processKey", "society-change",
                "stepId", "AffairsReview", "data", Map.of("reason", "理事会决议迁址",
                        "items", List.of(Map.of("field", "ADDRESS", "newValue", "武汉市江汉区新华路218号"))),
                "reason", "学会部已受理纸质申请");
        BadJson.fuzz(BadJson.tree(entry), bad -> admin.post("/api/v1/imports/cases", withFreshSociety(bad)),
                () -> admin.get("/api/v1/changes").body().size(), () -> admin.get("/changes").text(), () -> { });
    }

    @Test
    void theCaseEntryFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        Api admin = Api.as(port, "admin", "admin");
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn("admin", "admin")).isEqualTo("/");
        String page = "/admin/cases/new";
        Map<String, String> fields = BadForms.fields(browser.get(page).body(), page);
        fields.put("societyId", String.valueOf(NO_SOCIETY_YET));
        fields.put("processKey", "society-change");
        fields.put("stepId", "AffairsReview");
        fields.put("data", "{\"reason\":\"理事会决议迁址\",\"items\":[{\"field\":\"ADDRESS\",\"newValue\":\"武汉市洪山区\"}]}");
        fields.put("reason", "学会部已受理纸质申请");
        BadForms.fuzz(fields, form -> browser.submit(page, page, form.replace("societyId=" + NO_SOCIETY_YET,
                        "societyId=" + testSocieties.registerActive("bcf").getId())),
                () -> admin.get("/api/v1/changes").body().size(), () -> browser.get(page).body(), () -> { });
    }

    /** Stands for the society of a case entry, replaced on each attempt by a fresh one. */
    private static final long NO_SOCIETY_YET = -424242;

    private JsonNode withFreshSociety(JsonNode body) {
        JsonNode copy = body.deepCopy();
        if (copy.path("societyId").asLong() == NO_SOCIETY_YET) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy).put("societyId",
                    testSocieties.registerActive("bcj").getId());
        }
        return copy;
    }

    private static Map<String, Object> correction(Society society, String birthDate) {
        return Map.of("address", "武汉市武昌区", "registeredFunds", 30000, "membersIndividual", 121,
                "officers", List.of(Map.of("id", society.getOfficers().get(0).getId(), "birthDate", birthDate)),
                "reason", "登记证书住所为武昌区");
    }

    /** The register as {@link TestSocieties#registerActive} made it, to start the next attempt from. */
    private static Map<String, Object> correction(Society society, String birthDate, String address, int members) {
        return Map.of("address", address, "membersIndividual", members,
                "officers", List.of(Map.of("id", society.getOfficers().get(0).getId(), "birthDate", birthDate)),
                "reason", "还原");
    }

    @Test
    void everyFieldOfANewContactAttemptRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        Society society = testSocieties.registerActive("badl");
        String attempts = "/api/v1/societies/" + society.getId() + "/contact-attempts";
        BadJson.fuzz(BadJson.tree(contactAttempt()), bad -> affairs.post(attempts, bad),
                () -> affairs.get(attempts).body().size(), () -> affairs.get("/societies/" + society.getId()).text(),
                () -> { });
    }

    @Test
    void theContactAttemptFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        Api affairs = affairs();
        Society society = testSocieties.registerActive("badm");
        String profile = "/societies/" + society.getId();
        String action = profile + "/contact-attempts";
        PortalLogin browser = browser();
        Map<String, String> fields = BadForms.fields(browser.get(profile).body(), action);
        contactAttempt().forEach((field, value) -> fields.put(field, value.toString()));
        BadForms.fuzz(fields, form -> browser.submit(profile, action, form),
                () -> affairs.get("/api/v1" + action).body().size(), () -> browser.get(profile).body(), () -> { });
    }

    /** 学会部's one extension of a 软弱涣散 case: a bad reason is refused; once accepted, every later one is a 409. */
    @Test
    void theExtensionOfA软弱涣散CaseRefusesOrEscapesBadReasons() {
        Api affairs = affairs();
        Society weak = testSocieties.registerWeak("badn", LocalDate.now().minusMonths(6));
        ExitCases.confirm(affairs, Api.as(port, "leader", "leader"), weak);
        String account = "soc-" + weak.getCode();
        long id = Api.as(port, account, account).get("/api/v1/exit-cases").body().get(0).get("id").asLong();
        String path = "/api/v1/exit-cases/" + id;
        BadJson.fuzz(BadJson.tree(Map.of("reason", "学会换届选举已定于下月召开，申请延长整改期")),
                bad -> affairs.post(path + "/extension", bad), () -> affairs.get(path).body().get("extensionReason"),
                () -> affairs.get("/exit-cases/" + id).text(), () -> { });
    }

    private static Map<String, Object> contactAttempt() {
        return Map.of("attemptedOn", "2024-05-06", "channel", "ADDRESS_VISIT", "outcome", "FAILED",
                "note", "登记住所已改作他用，无人知晓学会去向");
    }

    private static Map<String, Object> caseRecord() {
        return Map.of("kind", "OTHER", "occurredOn", "2024-05-06", "source", "市民政局检查记录", "note", "现场检查时未提供账簿");
    }

    /**
     * The year is one whose campaign is already open, so no attempt may open another: each is refused, for its bad
     * value or as the year's second campaign, and the campaigns stay as they were.
     */
    @Test
    void everyFieldOfANewCampaignIsRefusedWithoutOpeningOne() {
        Api affairs = affairs();
        int year = Campaigns.sharedYear(affairs);
        BadJson.fuzz(BadJson.tree(Map.of("year", year, "reportDeadline", year + 1 + "-05-31")),
                bad -> {
                    Api.Response answer = affairs.post("/api/v1/campaigns", bad);
                    assertThat(answer.status()).as(bad.toString()).isNotEqualTo(201);
                    return answer;
                },
                () -> affairs.get("/api/v1/campaigns").body().size(), () -> "", () -> { });
    }

    @Test
    void theProgrammeEditorAndTheNewProgrammeFormShowEachBadValueNextToItsFieldOrEscapeIt() {
        Api affairs = affairs();
        long id = affairs.post("/api/v1/programmes", programme()).body().get("id").asLong();
        String edit = "/programmes/" + id + "/edit";
        BadForms.fuzzPage(port, "affairs", edit, "/programmes/" + id, "/api/v1/programmes/" + id, programme());

        // a new call's form has the editor's fields, empty: it gets those of the valid call
        PortalLogin browser = browser();
        BadForms.fuzz(BadForms.fields(browser.get(edit).body(), "/programmes/" + id),
                form -> browser.submit("/programmes/new", "/programmes", form),
                () -> affairs.get("/api/v1/programmes").body().size(), () -> browser.get("/programmes").body(), () -> { });
    }

    @Test
    void theExpertFormsShowEachBadValueNextToItsFieldOrEscapeIt() {
        Api affairs = affairs();
        Map<String, Object> valid = expert(expertUser());
        long id = affairs.post("/api/v1/experts", valid).body().get("id").asLong();
        PortalLogin browser = browser();
        String edit = "/experts/" + id;
        Map<String, String> fields = BadForms.fields(browser.get(edit).body(), edit);
        BadForms.fuzz(fields, form -> browser.submit(edit, edit, form), () -> affairs.get("/api/v1/experts").body(),
                () -> browser.get("/experts").body(), () -> affairs.put("/api/v1/experts/" + id, valid));

        fields.put("userId", BadJson.PLACEHOLDER);
        BadForms.fuzz(fields, form -> browser.submit("/experts", "/experts", form.replace(BadJson.PLACEHOLDER, expertUser())),
                () -> affairs.get("/api/v1/experts").body(), () -> browser.get("/experts").body(), () -> { });
    }

    @Test
    void theNewStationFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        Api affairs = affairs();
        String host = testSocieties.registerActive("badt").getCode();
        PortalLogin browser = browser();
        Map<String, String> fields = BadForms.fields(browser.get("/stations").body(), "/stations");
        fields.putAll(Map.of("name", "门户测试海智站" + host, "kind", "WORKSTATION", "societyCode", host,
                "establishedYear", "2020"));
        BadForms.fuzz(fields, form -> browser.submit("/stations", "/stations", form),
                () -> affairs.get("/api/v1/stations").body().size(), () -> browser.get("/stations").body(), () -> { });
    }

    /** As through the API: the year's campaign is open, so every attempt is refused, the valid one as the second. */
    @Test
    void theNewCampaignFormRefusesEachBadValueWithoutOpeningOne() {
        Api affairs = affairs();
        int year = Campaigns.sharedYear(affairs);
        PortalLogin browser = browser();
        Map<String, String> fields = BadForms.fields(browser.get("/campaigns").body(), "/campaigns");
        fields.putAll(Map.of("year", String.valueOf(year), "reportDeadline", year + 1 + "-05-31"));
        // a deadline that is fine leaves the year's refusal, next to the year
        BadForms.fuzz(fields, Map.of("reportDeadline", "year"), form -> {
            HttpResponse<String> answer = browser.submit("/campaigns", "/campaigns", form);
            assertThat(answer.statusCode() / 100).as(form).isNotEqualTo(3);
            return answer;
        }, () -> affairs.get("/api/v1/campaigns").body().size(), () -> "", () -> { });
    }

    /** A reminder to a demo society of the shared campaign: a refusal records no 催办 in its case. */
    @Test
    void everyFieldOfABoardReminderRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        String page = campaignPage(affairs, Campaigns.sharedYear(affairs));
        Await.until("the campaign opened", () -> affairs.get("/api/v1" + page + "/progress").body().get("ended")
                .asBoolean() ? true : null);
        String board = "/api/v1" + page + "/board";
        JsonNode row = null;
        for (JsonNode each : affairs.get(board).body().get("rows")) {
            row = each.get("societyName").asText().equals("武汉医学会") ? each : row;
        }
        String applicationNo = row.get("applicationNo").asText();
        BadJson.fuzz(BadJson.tree(Map.of("rows", List.of(row.get("key").asText()))),
                bad -> affairs.post(board + "/reminders", bad), () -> progress.opinionsOf(applicationNo).size(),
                () -> affairs.get(page).text(), () -> { });
    }

    /** A grant applicant that has not applied yet: a refusal sends it no reminder. */
    @Test
    void everyFieldOfACallBoardReminderRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        String page = "/programmes/" + GrantFixtures.publishedProgramme(affairs);
        Society idle = testSocieties.registerActive("badr");
        String key = rowOf(affairs, page, idle).get("key").asText();
        BadJson.fuzz(BadJson.tree(Map.of("rows", List.of(key))),
                bad -> affairs.post("/api/v1" + page + "/board/reminders", bad),
                () -> society(idle).get("/api/v1/notifications").body(), () -> affairs.get(page).text(), () -> { });
    }

    /** The same from the call board's page: a society's draft, selected or among the drafts, and no reminder to it. */
    @Test
    void theReminderFormsOfACallBoardRefuseOrEscapeBadValues() {
        Api affairs = affairs();
        long programmeId = GrantFixtures.publishedProgramme(affairs);
        String page = "/programmes/" + programmeId;
        Society drafting = testSocieties.registerActive("badr");
        assertThat(society(drafting).post("/api/v1/grants?programmeId=" + programmeId, null).status()).isEqualTo(201);
        fuzzReminderForms(page, rowOf(affairs, page, drafting), () -> society(drafting).get("/api/v1/notifications").body());
    }

    /** The same from the shared campaign's page: a demo society yet to hand in, and no 催办 in its case. */
    @Test
    void theReminderFormsOfACampaignBoardRefuseOrEscapeBadValues() {
        Api affairs = affairs();
        String page = campaignPage(affairs, Campaigns.sharedYear(affairs));
        Await.until("the campaign opened", () -> affairs.get("/api/v1" + page + "/progress").body().get("ended")
                .asBoolean() ? true : null);
        JsonNode row = null;
        for (JsonNode each : affairs.get("/api/v1" + page + "/board").body().get("rows")) {
            boolean waiting = !each.get("applicationNo").isNull()
                    && List.of("NOT_SUBMITTED", "DRAFT").contains(each.get("status").asText());
            row = row == null && waiting ? each : row;
        }
        String applicationNo = row.get("applicationNo").asText();
        fuzzReminderForms(page, row, () -> progress.opinionsOf(applicationNo).size());
    }

    /**
     * The board's two reminder forms: its rows' form with {@code row} selected (the opinion, which reminders ignore,
     * posted too), and the form reminding every society not handed in, with the hidden status {@code row} is in. A
     * refusal is the board again with why, {@code reminded} as it was; an acceptance the result page, nothing unescaped.
     */
    private void fuzzReminderForms(String page, JsonNode row, Supplier<Object> reminded) {
        PortalLogin browser = browser();
        String action = page + "/board/reminders";
        Map<String, String> selected = BadForms.fields(browser.get(page).body(), action);
        selected.put("rows", row.get("key").asText());
        Map<String, String> byStatus = Map.of("statuses", row.get("status").asText());
        for (Map<String, String> fields : List.of(selected, byStatus)) {
            BadForms.fuzz(fields, answer -> answer.body().contains("id=\"result-summary\""),
                    form -> browser.submit(page, action, form), reminded, () -> browser.get(page).body(), () -> { });
        }
    }

    @Test
    void everyFieldOfACallBoardApprovalRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        long programmeId = GrantFixtures.publishedProgramme(affairs);
        fuzzApprovals(affairs, "/programmes/" + programmeId, cleanApplications(affairs, programmeId));
    }

    @Test
    void theApprovalFormOfACallBoardRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        long programmeId = GrantFixtures.publishedProgramme(affairs);
        fuzzApprovalForm("/programmes/" + programmeId, cleanApplications(affairs, programmeId));
    }

    @Test
    void everyFieldOfACampaignBoardApprovalRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        Deque<Society> pool = societies();
        int year = Campaigns.freshYear();
        String page = "/campaigns/" + affairs.post("/api/v1/campaigns", Map.of("year", year)).body().get("id").asLong();
        fuzzApprovals(affairs, page, cleanReports(affairs, page, year, pool));
    }

    @Test
    void theApprovalFormOfACampaignBoardRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        Deque<Society> pool = societies();
        int year = Campaigns.freshYear();
        String page = "/campaigns/" + affairs.post("/api/v1/campaigns", Map.of("year", year)).body().get("id").asLong();
        fuzzApprovalForm(page, cleanReports(affairs, page, year, pool));
    }

    /** What a board's bulk approval approves: a row at 学会部's step with nothing missing, and its case's number. */
    record Approvable(String key, String no) {
    }

    /** A refusal approves nothing: the case's opinions stay as they were. An accepted opinion shows escaped. */
    private void fuzzApprovals(Api affairs, String page, Target<Approvable> row) {
        BadJson.fuzz(BadJson.tree(Map.of("rows", List.of(BadJson.PLACEHOLDER), "opinion", "材料齐全，同意")),
                bad -> affairs.post("/api/v1" + page + "/board/approvals", BadJson.freshen(bad, BadJson.PLACEHOLDER, row.current().key())),
                row::state, () -> affairs.get("/approvals/" + row.current().no() + "/sheet").text(), row::restore);
    }

    /** The same from the board's form: an accepted one answers the result page, a refused one the board with why. */
    private void fuzzApprovalForm(String page, Target<Approvable> row) {
        PortalLogin browser = browser();
        Map<String, String> fields = BadForms.fields(browser.get(page).body(), page + "/board/reminders");
        fields.put("rows", BadJson.PLACEHOLDER);
        fields.put("opinion", "材料齐全，同意");
        BadForms.fuzz(fields, answer -> answer.body().contains("id=\"result-summary\""),
                form -> browser.submit(page, page + "/board/approvals", form.replace(BadJson.PLACEHOLDER, row.current().key())),
                row::state, () -> browser.get(page).body() + browser.get("/approvals/" + row.current().no() + "/sheet").body(),
                row::restore);
    }

    /** A fresh society's clean application to the call at 学会部形式审查, one after each approval. */
    private Target<Approvable> cleanApplications(Api affairs, long programmeId) {
        return approvable(affairs, "/programmes/" + programmeId, "FormalCheck", () -> {
            Society applicant = testSocieties.passedLastInspection(testSocieties.registerActive("bada"));
            GrantFixtures.cleanApplication(society(applicant), programmeId, "数据安全学术沙龙");
            return applicant;
        });
    }

    /**
     * The next society of the pool (registered before the campaign opened, so taking part in it) with its report
     * complete, attached and submitted, at 学会部's review; one after each approval.
     */
    private Target<Approvable> cleanReports(Api affairs, String page, int year, Deque<Society> pool) {
        return approvable(affairs, page, "ReviewReport", () -> {
            Society reporting = pool.pop();
            Api society = society(reporting);
            long id = Campaigns.inspectionOf(society, year);
            assertThat(society.put("/api/v1/inspections/" + id + "/report", Reports.complete()).status()).isEqualTo(200);
            Files.attachRequired(society, id);
            assertThat(society.post("/api/v1/inspections/" + id + "/report/submit", null).status()).isEqualTo(200);
            return reporting;
        });
    }

    private Target<Approvable> approvable(Api affairs, String page, String step, Supplier<Society> make) {
        return new Target<>(() -> {
            Society society = make.get();
            String no = rowOf(affairs, page, society).get("applicationNo").asText();
            Await.until(no + " at " + step, () -> taskService.createTaskQuery().processInstanceBusinessKey(no)
                    .taskDefinitionKey(step).count() > 0 ? true : null);
            return new Approvable(rowOf(affairs, page, society).get("key").asText(), no);
        }, approvable -> progress.opinionsOf(approvable.no()).stream()
                .map(o -> o.getDecision() + " " + o.getOpinion()).toList());
    }

    /**
     * Enough societies for every accepted approval of one test, registered before its campaign opens and before its
     * year, so that it gives each a 年检.
     */
    private Deque<Society> societies() {
        Deque<Society> pool = new ArrayDeque<>();
        for (int i = 0; i < BadForms.MUTATIONS.size() + 2; i++) {
            pool.push(testSocieties.registerActive("badc", LocalDate.of(1995, 5, 5)));
        }
        return pool;
    }

    private static JsonNode rowOf(Api affairs, String page, Society society) {
        for (JsonNode row : affairs.get("/api/v1" + page + "/board").body().get("rows")) {
            if (row.get("societyId").asLong() == society.getId()) {
                return row;
            }
        }
        throw new AssertionError(society.getCode() + " is not on the board of " + page);
    }

    private Api society(Society society) {
        return Api.as(port, "soc-" + society.getCode(), "soc-" + society.getCode());
    }

    private static String campaignPage(Api affairs, int year) {
        for (JsonNode opened : affairs.get("/api/v1/campaigns").body()) {
            if (opened.get("year").asInt() == year) {
                return "/campaigns/" + opened.get("id").asLong();
            }
        }
        throw new AssertionError("no campaign of " + year);
    }

    private PortalLogin browser() {
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn("affairs", "affairs")).isEqualTo("/");
        return browser;
    }

    private static Map<String, Object> programme() {
        return GrantFixtures.programmeForm("ACADEMIC_EXCHANGE", 1_000_000, 50_000, 3);
    }

    private static Map<String, Object> expert(String userId) {
        return Map.of("userId", userId, "name", "李专家", "birthDate", "1970-01-01",
                "disciplines", List.of("ENGINEERING", "SCIENCE"), "memberOf", "whcs,whma", "active", true);
    }

    private String expertUser() {
        return TestApplications.staff(identityService, Groups.EXPERTS);
    }
}
