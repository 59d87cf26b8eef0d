package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.societyflow.grant.GrantFixtures;
import org.societyflow.identity.Groups;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Campaigns;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.TestSocieties;
import org.societyflow.workflow.ProcessProgressService;
import org.societyflow.workflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Generated bad values in every field of what 学会部 creates and edits: programmes, the expert pool, 海智 stations,
 * 年检 campaigns, through the API ({@link BadJson}) and the staff pages' forms ({@link BadForms}). Each is refused (a
 * 4xx problem, or the page again with a message at the field) creating and changing nothing, or accepted and then
 * shown escaped on the staff's page. Never a 5xx.
 */
@IntegrationTest
class StaffInvalidInputIT {

    /** Stands for the expert's user id, replaced on each attempt by a fresh user of the group experts. */
    static final String PLACEHOLDER = "placeholder";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    ProcessProgressService progress;

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
        BadJson.fuzz(BadJson.tree(expert(PLACEHOLDER)),
                bad -> affairs.post("/api/v1/experts", BadJson.freshen(bad, PLACEHOLDER, expertUser())),
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

        fields.put("userId", PLACEHOLDER);
        BadForms.fuzz(fields, form -> browser.submit("/experts", "/experts", form.replace(PLACEHOLDER, expertUser())),
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
