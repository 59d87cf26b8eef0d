package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.societyflow.support.Candidates.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.activity.ActivityFixtures;
import org.societyflow.change.ChangeFixtures;
import org.societyflow.party.PartyFixtures;
import org.societyflow.founding.FoundingFixtures;
import org.societyflow.grant.GrantFixtures;
import org.societyflow.identity.Applicants;
import org.societyflow.society.Society;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Campaigns;
import org.societyflow.support.ExitCases;
import org.societyflow.support.Files;
import org.societyflow.support.Initiators;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Mailbox;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.Reelections;
import org.societyflow.support.Reports;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Generated bad values ({@link BadForms}) in every field of the society's main portal forms and the registration form,
 * posted as a logged-in browser posts them: each either comes back on the page with a message next to the field and
 * nothing stored, or is saved and shown escaped. Never a 5xx.
 */
@IntegrationTest
class PortalInvalidInputIT {

    /** Registrations send a confirmation mail where the profile asks for one (MariaDB's); it must arrive somewhere. */
    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;

    @Test
    void the变更FormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        String account = account();
        long id = Api.as(port, account, account).post("/api/v1/changes", null).body().get("id").asLong();
        BadForms.fuzzPage(port, account, "/changes/" + id, "/changes/" + id + "/request",
                "/api/v1/changes/" + id + "/request", ChangeFixtures.addressChange());
    }

    @Test
    void the党组织ReportFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        String account = account();
        long id = Api.as(port, account, account).post("/api/v1/party-changes", null).body().get("id").asLong();
        BadForms.fuzzPage(port, account, "/party-changes/" + id, "/party-changes/" + id,
                "/api/v1/party-changes/" + id + "/report", PartyFixtures.established());
    }

    @Test
    void theActivityFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        String account = account();
        long id = Api.as(port, account, account).post("/api/v1/activities", null).body().get("id").asLong();
        BadForms.fuzzPage(port, account, "/activities/" + id, "/activities/" + id, "/api/v1/activities/" + id,
                ActivityFixtures.salon());
    }

    @Test
    void the年检ReportFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        // a demo society (the only ones in campaigns), not the one InvalidInputIT fills through the API
        long id = Campaigns.inspectionOf(Api.as(port, "soc-whma", "soc-whma"),
                Campaigns.sharedYear(Api.as(port, "affairs", "affairs")));
        BadForms.fuzzPage(port, "soc-whma", "/inspections/" + id, "/inspections/" + id + "/report",
                "/api/v1/inspections/" + id + "/report", Reports.complete());
    }

    @Test
    void theGrantApplicationFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        long programme = GrantFixtures.publishedProgramme(Api.as(port, "affairs", "affairs"));
        String account = account();
        long id = Api.as(port, account, account).post("/api/v1/grants?programmeId=" + programme, null).body()
                .get("id").asLong();
        BadForms.fuzzPage(port, account, "/grants/" + id, "/grants/" + id + "/form", "/api/v1/grants/" + id + "/form",
                GrantFixtures.grantForm("青年沙龙", 30_000));
    }

    @Test
    void the换届PlanAndResultsFormsShowEachBadValueNextToItsFieldOrEscapeIt() {
        Society registered = testSocieties.registerActive("badq");
        String account = "soc-" + registered.getCode();
        JsonNode started = Api.as(port, account, account).post("/api/v1/reelections", null).body();
        long id = started.get("id").asLong();
        String page = "/reelections/" + id;
        BadForms.fuzzPage(port, account, page, page + "/plan", "/api/v1/reelections/" + id + "/plan",
                Reelections.withEveryField(Reelections.plan(registered, List.of(candidate("PRESIDENT", "黄磊", "1975-09-09", true),
                        candidate("SECRETARY_GENERAL", "杨帆", "1990-02-02", false)))));

        Api society = Api.as(port, account, account);
        assertThat(society.post("/api/v1/reelections/" + id + "/plan/submit", null).status()).isEqualTo(200);
        Reelections.approvePlan(port, taskService, started.get("applicationNo").asText());
        Await.until("the plan approved", () -> society.get("/api/v1/reelections/" + id).body().get("status").asText()
                .equals("APPROVED"));
        BadForms.fuzzPage(port, account, page, page + "/results", "/api/v1/reelections/" + id + "/results",
                Reelections.results(180));
    }

    @Test
    void theFoundingApplicationFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        String applicant = Initiators.fresh(identityService, port).user();
        long id = Api.as(port, applicant, applicant).post("/api/v1/foundings", null).body().get("id").asLong();
        BadForms.fuzzPage(port, applicant, "/foundings/" + id, "/foundings/" + id + "/application",
                "/api/v1/foundings/" + id + "/application", FoundingFixtures.application("武汉门户测试学会", "whportal"));
    }

    @Test
    void the软弱涣散CaseSubmissionFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        Society weak = testSocieties.registerWeak("badu", LocalDate.now().minusMonths(6));
        ExitCases.confirm(Api.as(port, "affairs", "affairs"), Api.as(port, "leader", "leader"), weak);
        String account = "soc-" + weak.getCode();
        long id = Api.as(port, account, account).get("/api/v1/exit-cases").body().get(0).get("id").asLong();
        BadForms.fuzzPage(port, account, "/exit-cases/" + id, "/exit-cases/" + id + "/submission",
                "/api/v1/exit-cases/" + id + "/submission",
                Map.of("plan", "三个月内选任秘书长", "report", "已物色秘书长人选", "statement", "", "waiveStatement", false));
    }

    @Test
    void theRegistrationFormShowsEachBadValueNextToItsFieldAndCreatesNoAccountWhenRefused() {
        PortalLogin browser = new PortalLogin(port);
        Map<String, String> valid = BadForms.fields(browser.get("/register").body(), "/register");
        assertThat(valid).as("the fields of the form").containsOnlyKeys(Applicants.form(BadJson.PLACEHOLDER).keySet());
        valid.putAll(Applicants.form(BadJson.PLACEHOLDER));
        BadForms.fuzz(valid, Map.of("password", "confirmPassword"),
                form -> browser.submit("/register", "/register", form.replace(BadJson.PLACEHOLDER, Applicants.freshUserId())),
                () -> identityService.createUserQuery().count(), () -> "", () -> { });
    }

    /**
     * The uploads {@link InvalidInputIT} sends to the API, through the 变更 page's attachment form: each refusal comes
     * back on the page as a message at the form and stores nothing; the two stored ones keep a safe, escaped name.
     */
    @Test
    void hostileUploadsThroughThePortalAreRefusedAtTheFormOrStoredUnderASafeName() {
        String account = account();
        Api api = Api.as(port, account, account);
        long id = api.post("/api/v1/changes", null).body().get("id").asLong();
        String page = "/changes/" + id;
        String attachments = "/api/v1/changes/" + id + "/attachments";
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn(account, account)).isEqualTo("/");
        for (BadUploads.Upload upload : BadUploads.refused("RESOLUTION")) {
            HttpResponse<String> answer = browser.upload(page, page + "/attachments", Map.of("kind", upload.kind()),
                    upload.filename(), upload.content());
            assertThat(answer.statusCode()).as(upload.what()).isBetween(300, 499);
            if (answer.statusCode() < 400) {
                String shown = browser.get(page).body();
                assertThat(shown.substring(shown.indexOf("id=\"attachments\""))).as(upload.what())
                        .contains("class=\"field-error\"");
            }
        }
        assertThat(api.get(attachments).body()).as("nothing stored by the refused uploads").isEmpty();

        for (String name : List.of(BadUploads.TRAVERSAL, BadUploads.SCRIPT_NAME)) {
            HttpResponse<String> answer = browser.upload(page, page + "/attachments", Map.of("kind", "RESOLUTION"), name,
                    Files.pdf());
            assertThat(answer.statusCode()).as(name).isBetween(300, 499);
        }
        assertThat(api.get(attachments).body()).allSatisfy(stored ->
                assertThat(stored.get("filename").asText()).doesNotContain("/").doesNotContain(".."));
        assertThat(browser.get(page).body()).doesNotContain(BadJson.SCRIPT);
    }

    private String account() {
        return "soc-" + testSocieties.registerActive("badp").getCode();
    }
}
