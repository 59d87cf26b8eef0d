package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.societyflow.support.Candidates.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import org.societyflow.support.Reelections;
import org.societyflow.support.Reports;
import org.societyflow.support.TestSocieties;
import org.societyflow.workflow.SubmittedChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Generated bad values ({@link BadJson}) in every field of the societies' forms and applicants' bodies, saved through
 * the API: each is either accepted
 * (and then shown escaped on the portal page) or refused with a 4xx problem naming the field, and a refusal stores
 * nothing. Never a 5xx. Plus uploads with hostile file names, wrong types and no content.
 */
@IntegrationTest
class InvalidInputIT {

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
    void everyFieldOfA变更RequestRefusesOrEscapesBadValues() {
        Api society = account();
        long id = society.post("/api/v1/changes", null).body().get("id").asLong();
        BadJson.fuzzForm(society, "/api/v1/changes/" + id + "/request", "/changes/" + id, ChangeFixtures.addressChange());
    }

    @Test
    void everyFieldOfA党组织ReportRefusesOrEscapesBadValues() {
        Api society = account();
        long id = society.post("/api/v1/party-changes", null).body().get("id").asLong();
        BadJson.fuzzForm(society, "/api/v1/party-changes/" + id + "/report", "/party-changes/" + id,
                PartyFixtures.established());
    }

    @Test
    void everyFieldOfAnActivityRefusesOrEscapesBadValues() {
        Api society = account();
        long id = society.post("/api/v1/activities", null).body().get("id").asLong();
        BadJson.fuzzForm(society, "/api/v1/activities/" + id, "/activities/" + id, ActivityFixtures.salon());
    }

    @Test
    void everyFieldOfAGrantApplicationRefusesOrEscapesBadValues() {
        long programme = GrantFixtures.publishedProgramme(Api.as(port, "affairs", "affairs"));
        Api society = account();
        long id = society.post("/api/v1/grants?programmeId=" + programme, null).body().get("id").asLong();
        BadJson.fuzzForm(society, "/api/v1/grants/" + id + "/form", "/grants/" + id, GrantFixtures.grantForm("青年沙龙", 30_000));
    }

    @Test
    void everyFieldOfAFoundingApplicationRefusesOrEscapesBadValues() {
        Api applicant = Initiators.fresh(identityService, port);
        long id = applicant.post("/api/v1/foundings", null).body().get("id").asLong();
        BadJson.fuzzForm(applicant, "/api/v1/foundings/" + id + "/application", "/foundings/" + id,
                FoundingFixtures.application("武汉测试学会", "whtest"));
    }

    @Test
    void everyFieldOfARegistrationRefusesOrEscapesBadValuesAndCreatesNoAccountWhenRefused() {
        Api anonymous = Api.anonymous(port);
        BadJson.fuzz(BadJson.tree(Applicants.form(BadJson.PLACEHOLDER)),
                bad -> anonymous.post("/api/v1/registrations", BadJson.freshen(bad, BadJson.PLACEHOLDER, Applicants.freshUserId())),
                () -> identityService.createUserQuery().count(), () -> "", () -> { });
    }

    @Test
    void everyFieldOfAn年检ReportRefusesOrEscapesBadValues() {
        Api society = Api.as(port, "soc-whcs", "soc-whcs");
        long id = Campaigns.inspectionOf(society, Campaigns.sharedYear(Api.as(port, "affairs", "affairs")));
        BadJson.fuzzForm(society, "/api/v1/inspections/" + id + "/report", "/inspections/" + id, Reports.complete());
    }

    @Test
    void everyFieldOfA换届PlanAndItsResultsRefusesOrEscapesBadValues() {
        Society registered = testSocieties.registerActive("bad");
        String account = "soc-" + registered.getCode();
        Api society = Api.as(port, account, account);
        JsonNode started = society.post("/api/v1/reelections", null).body();
        String path = "/api/v1/reelections/" + started.get("id").asLong();
        String page = "/reelections/" + started.get("id").asLong();
        BadJson.fuzzForm(society, path + "/plan", page, Reelections.withEveryField(Reelections.plan(registered, List.of(
                candidate("PRESIDENT", "黄磊", "1975-09-09", true), candidate("SECRETARY_GENERAL", "杨帆", "1990-02-02", false)))));

        assertThat(society.post(path + "/plan/submit", null).status()).as("the valid plan, after the bad ones").isEqualTo(200);
        Reelections.approvePlan(port, taskService, started.get("applicationNo").asText());
        Await.until("the plan approved", () -> society.get(path).body().get("status").asText().equals("APPROVED"));
        BadJson.fuzzForm(society, path + "/results", page, Reelections.results(180));
    }

    @Test
    void everyFieldOfA软弱涣散CaseSubmissionRefusesOrEscapesBadValues() {
        Society weak = testSocieties.registerWeak("badx", LocalDate.now().minusMonths(6));
        ExitCases.confirm(Api.as(port, "affairs", "affairs"), Api.as(port, "leader", "leader"), weak);
        String account = "soc-" + weak.getCode();
        Api society = Api.as(port, account, account);
        long id = society.get("/api/v1/exit-cases").body().get(0).get("id").asLong();
        BadJson.fuzzForm(society, "/api/v1/exit-cases/" + id + "/submission", "/exit-cases/" + id,
                Map.of("plan", "三个月内选任秘书长", "report", "已物色秘书长人选", "statement", "", "waiveStatement", false));
    }

    /** The society's 换届 is open, so no attempt may start another: each is refused and the list stays as it was. */
    @Test
    void everyFieldOfA换届StartIsRefusedWithoutStartingOne() {
        Api affairs = Api.as(port, "affairs", "affairs");
        Society registered = testSocieties.registerActive("badw");
        assertThat(affairs.post("/api/v1/reelections", Map.of("societyId", registered.getId())).status()).isEqualTo(201);
        BadJson.fuzz(BadJson.tree(Map.of("societyId", registered.getId())), bad -> {
            Api.Response answer = affairs.post("/api/v1/reelections", bad);
            assertThat(answer.status()).as(bad.toString()).isNotEqualTo(201);
            return answer;
        }, () -> affairs.get("/api/v1/reelections").body().size(), () -> "", () -> { });
    }

    /** Marking notifications read stores nothing but the reads: a bad id marks none of the society's unread ones. */
    @Test
    void everyIdOfANotificationsReadBodyRefusesOrMarksNothing() {
        SubmittedChange change = SubmittedChange.submit(port, testSocieties, taskService);
        assertThat(Api.as(port, "affairs", "affairs").post("/api/v1/approvals/" + change.no() + "/corrections",
                Map.of("fields", List.of("reason"), "reason", "请写明迁址原因")).status()).isEqualTo(200);
        JsonNode unread = change.society().get("/api/v1/notifications").body();
        assertThat(unread.get("unread").asLong()).isPositive();
        BadJson.fuzz(BadJson.tree(Map.of("ids", List.of(unread.at("/notifications/0/id").asLong()))),
                bad -> {
                    Api.Response answer = change.society().post("/api/v1/notifications/read", bad);
                    if (answer.status() == 200) {
                        assertThat(answer.body().get("marked").asInt()).as(bad.toString()).isZero();
                    }
                    return answer;
                },
                () -> change.society().get("/api/v1/notifications").body().get("unread"), () -> "", () -> { });
    }

    @Test
    void hostileUploadsAreRefusedOrStoredUnderASafeName() {
        Api society = account();
        long id = society.post("/api/v1/changes", null).body().get("id").asLong();
        String path = "/api/v1/changes/" + id + "/attachments";
        for (BadUploads.Upload upload : BadUploads.refused("RESOLUTION")) {
            assertThat(society.upload(path, "kind", upload.kind(), upload.filename(), upload.content()).status())
                    .as(upload.what()).isBetween(400, 499);
        }
        assertThat(society.get(path).body()).as("nothing stored by the refused uploads").isEmpty();

        Api.Response traversal = society.upload(path, "kind", "RESOLUTION", BadUploads.TRAVERSAL, Files.pdf());
        if (traversal.status() < 300) {
            String stored = society.get(path).body().get(0).get("filename").asText();
            assertThat(stored).doesNotContain("/").doesNotContain("..");
        } else {
            assertThat(traversal.status()).isBetween(400, 499);
        }
        Api.Response script = society.upload(path, "kind", "RESOLUTION", BadUploads.SCRIPT_NAME, Files.pdf());
        assertThat(script.status()).isLessThan(500);
        assertThat(society.get("/changes/" + id).text()).doesNotContain(BadJson.SCRIPT);
    }

    private Api account() {
        String account = "soc-" + testSocieties.registerActive("bad").getCode();
        return Api.as(port, account, account);
    }
}
