package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.change.ChangeFixtures;
import org.societyflow.grant.GrantFixtures;
import org.societyflow.identity.Applicants;
import org.societyflow.support.Api;
import org.societyflow.support.Campaigns;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Mailbox;
import org.societyflow.support.PortalLogin;
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

    /** Stands for the user id in a registration, replaced by a fresh one on each attempt. */
    static final String PLACEHOLDER = "placeholder";

    /** Registrations send a confirmation mail where the profile asks for one (MariaDB's); it must arrive somewhere. */
    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    IdentityService identityService;

    @Test
    void the变更FormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        String account = account();
        long id = Api.as(port, account, account).post("/api/v1/changes", null).body().get("id").asLong();
        fuzz(account, "/changes/" + id, "/changes/" + id + "/request", "/api/v1/changes/" + id + "/request",
                ChangeFixtures.addressChange());
    }

    @Test
    void the年检ReportFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        // a demo society (the only ones in campaigns), not the one InvalidInputIT fills through the API
        long id = Campaigns.inspectionOf(Api.as(port, "soc-whma", "soc-whma"),
                Campaigns.sharedYear(Api.as(port, "affairs", "affairs")));
        fuzz("soc-whma", "/inspections/" + id, "/inspections/" + id + "/report", "/api/v1/inspections/" + id + "/report",
                Reports.complete());
    }

    @Test
    void theGrantApplicationFormShowsEachBadValueNextToItsFieldOrEscapesIt() {
        long programme = GrantFixtures.publishedProgramme(Api.as(port, "affairs", "affairs"));
        String account = account();
        long id = Api.as(port, account, account).post("/api/v1/grants?programmeId=" + programme, null).body()
                .get("id").asLong();
        fuzz(account, "/grants/" + id, "/grants/" + id + "/form", "/api/v1/grants/" + id + "/form",
                GrantFixtures.grantForm("青年沙龙", 30_000));
    }

    @Test
    void theRegistrationFormShowsEachBadValueNextToItsFieldAndCreatesNoAccountWhenRefused() {
        PortalLogin browser = new PortalLogin(port);
        Map<String, String> valid = BadForms.fields(browser.get("/register").body(), "/register");
        assertThat(valid).as("the fields of the form").containsOnlyKeys(Applicants.form(PLACEHOLDER).keySet());
        valid.putAll(Applicants.form(PLACEHOLDER));
        BadForms.fuzz(valid, Map.of("password", "confirmPassword"),
                form -> browser.submit("/register", "/register", form.replace(PLACEHOLDER, Applicants.freshUserId())),
                () -> identityService.createUserQuery().count(), () -> "", () -> { });
    }

    /**
     * Saves the valid body through the API, so the page shows a complete form, then posts the page's fields with each
     * bad value through the portal; the API's draft is the stored state.
     */
    private void fuzz(String account, String page, String action, String apiForm, Object validBody) {
        Api api = Api.as(port, account, account);
        JsonNode valid = BadJson.tree(validBody);
        assertThat(api.put(apiForm, valid).status()).as("the valid body").isEqualTo(200);
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn(account, account)).isEqualTo("/");
        BadForms.fuzz(BadForms.fields(browser.get(page).body(), action),
                form -> browser.submit(page, action, form + "&action=save"),
                () -> api.get(apiForm).body(), () -> browser.get(page).body(), () -> api.put(apiForm, valid));
    }

    private String account() {
        return "soc-" + testSocieties.registerActive("badp").getCode();
    }
}
