package org.societyflow.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.societyflow.society.Society;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.TestSocieties;
import org.societyflow.workflow.ActivityLedger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The activity ledger over the JSON API, the portal and the engine REST API as the society, 学会部, another society and
 * an expert: the entry's field errors, the sample (every activity reviewed, none reviewed), 学会部's return and the
 * correction, the lists and the calendar each sees, the export, and what the verified ledger counts.
 */
@IntegrationTest
class ActivityIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    ActivitySettings settings;
    @Autowired
    ActivityLedger ledger;

    final double shippedShare = 0.3;

    @AfterEach
    void restoreShare() {
        settings.setVerificationShare(shippedShare);
    }

    Api as(Society society) {
        String account = "soc-" + society.getCode();
        return Api.as(port, account, account);
    }

    Task await(String applicationNo, String definitionKey) {
        return Await.task(taskService, applicationNo, definitionKey);
    }

    @Test
    void aSampledActivityIsReturnedCorrectedAndVerifiedBy学会部AndNobodyElseSeesIt() {
        settings.setVerificationShare(1.0);
        Society registered = testSocieties.registerActive("hda");
        Api society = as(registered);
        Api other = Api.as(port, "soc-whcs", "soc-whcs");
        Api affairs = Api.as(port, "affairs", "affairs");

        JsonNode draft = society.post("/api/v1/activities", null).body();
        long id = draft.get("id").asLong();
        String path = "/api/v1/activities/" + id;
        assertThat(draft.get("applicationNo").isNull()).as("a draft has no number").isTrue();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(affairs.post("/api/v1/activities", null).status()).as("staff record no activity").isEqualTo(409);

        Api.Response empty = society.post(path + "/submit", null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().at("/errors").has("activityType")).isTrue();
        assertThat(empty.body().at("/errors").has("title")).isTrue();
        assertThat(empty.body().at("/errors").has("participants")).isTrue();

        Map<String, Object> backwards = ActivityFixtures.form("ACADEMIC_SALON", "倒序", LocalDate.now().minusDays(3),
                LocalDate.now().minusDays(5), 50);
        Api.Response outOfOrder = society.put(path, backwards);
        assertThat(outOfOrder.status()).isEqualTo(400);
        assertThat(outOfOrder.body().at("/errors/endsOn").asText()).contains("不能早于");
        Map<String, Object> absurd = ActivityFixtures.salon();
        absurd.put("participants", 5_000_000);
        absurd.put("audience", -3);
        Api.Response counts = society.put(path, absurd);
        assertThat(counts.status()).isEqualTo(400);
        assertThat(counts.body().at("/errors/participants").asText()).contains("合理范围");
        assertThat(counts.body().at("/errors/audience").asText()).isNotBlank();
        assertThat(society.get(path).body().at("/form/title").isNull()).as("nothing of a refused form stored").isTrue();

        Map<String, Object> upcoming = ActivityFixtures.form("POPULAR_SCIENCE", "下月科普", LocalDate.now().plusDays(20),
                LocalDate.now().plusDays(20), 100);
        assertThat(society.put(path, upcoming).status()).as("a draft may be planned ahead").isEqualTo(200);
        Api.Response early = society.post(path + "/submit", null);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body().at("/errors/startsOn").asText()).contains("尚未举办");

        assertThat(society.put(path, ActivityFixtures.salon()).status()).isEqualTo(200);
        assertThat(other.get(path).status()).as("another society").isEqualTo(404);
        assertThat(other.put(path, ActivityFixtures.salon()).status()).isEqualTo(404);
        assertThat(affairs.put(path, ActivityFixtures.salon()).status()).as("staff read, the society writes")
                .isEqualTo(409);
        JsonNode submitted = society.post(path + "/submit", null).body();
        String no = submitted.get("applicationNo").asText();
        assertThat(no).startsWith("HD-" + LocalDate.now().getYear() + "-");
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("sampled").asBoolean()).isTrue();
        assertThat(society.put(path, ActivityFixtures.salon()).status()).as("submitted").isEqualTo(409);

        Task review = await(no, "VerifyActivity");
        assertThat((String) taskService.getVariable(review.getId(), "activitySummary"))
                .contains("学术沙龙", "人工智能青年学术沙龙", "武汉市科技会堂", "60");
        assertThat(Api.as(port, "party", "party").completeTask(review.getId(),
                Map.of("decision", "approve", "opinion", "核实")).status()).as("the party committee is not the reviewer")
                .isNotEqualTo(204);
        assertThat(affairs.completeTask(review.getId(), Map.of("decision", "return", "opinion", "请上传签到表"))
                .status()).isEqualTo(204);
        JsonNode returned = society.get(path).body();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        await(no, "CorrectActivity");
        Map<String, Object> corrected = ActivityFixtures.salon();
        corrected.put("participants", 58);
        assertThat(society.put(path, corrected).status()).isEqualTo(200);
        assertThat(society.post(path + "/submit", null).status()).isEqualTo(200);
        Task second = await(no, "VerifyActivity");
        assertThat((String) taskService.getVariable(second.getId(), "activitySummary")).contains("58");
        assertThat(affairs.completeTask(second.getId(), Map.of("decision", "approve", "opinion", "已核实")).status())
                .isEqualTo(204);

        JsonNode verified = society.get(path).body();
        assertThat(verified.get("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.at("/progress/ended").asBoolean()).isTrue();
        assertThat(ledger.verifiedIn(registered.getId(), LocalDate.now().minusDays(7).getYear()).academic())
                .isEqualTo(1);
        assertThat(ledger.lastVerifiedActivity(registered.getId(), LocalDate.now()))
                .contains(LocalDate.now().minusDays(7));

        assertThat(society.get("/api/v1/activities").body().at("/items/0/applicationNo").asText()).isEqualTo(no);
        assertThat(other.get("/api/v1/activities").text()).doesNotContain(no);
        assertThat(Api.as(port, "expert1", "expert1").get("/api/v1/activities").body().get("totalElements").asInt())
                .isZero();
        JsonNode staffList = affairs.get("/api/v1/activities?society=" + registered.getCode()
                + "&type=ACADEMIC_SALON&year=" + LocalDate.now().minusDays(7).getYear()).body();
        assertThat(staffList.get("totalElements").asInt()).isEqualTo(1);
        assertThat(affairs.get("/api/v1/activities?society=" + registered.getCode() + "&type=TRAINING").body()
                .get("totalElements").asInt()).isZero();
        assertThat(affairs.get(path).status()).isEqualTo(200);
        assertThat(affairs.get("/exports/activities.xlsx?type=ACADEMIC_SALON").contentType())
                .startsWith("application/vnd.openxmlformats");
        assertThat(society.get("/exports/activities.xlsx").status()).isEqualTo(403);
    }

    @Test
    void anActivityTheSampleLeavesOutIsVerifiedAtOnceAndShowsInTheCalendarOfItsSocietyAlone() {
        settings.setVerificationShare(0.0);
        Society registered = testSocieties.registerActive("hdb");
        Api society = as(registered);
        long id = society.post("/api/v1/activities", null).body().get("id").asLong();
        String path = "/api/v1/activities/" + id;
        LocalDate held = LocalDate.now().minusDays(2);
        society.put(path, ActivityFixtures.form("POPULAR_SCIENCE", "社区科普进万家", held, held, 150));
        JsonNode submitted = society.post(path + "/submit", null).body();
        assertThat(submitted.get("status").asText()).isEqualTo("VERIFIED");
        assertThat(submitted.get("sampled").asBoolean()).isFalse();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(submitted.get("applicationNo").asText())
                .count()).isZero();
        assertThat(ledger.verifiedIn(registered.getId(), held.getYear()).popularScience()).isEqualTo(1);

        String month = YearMonth.from(held).toString();
        PortalLogin own = new PortalLogin(port);
        own.logIn("soc-" + registered.getCode(), "soc-" + registered.getCode());
        assertThat(own.get("/activities/calendar?month=" + month).body()).contains("社区科普进万家");
        PortalLogin other = new PortalLogin(port);
        other.logIn("soc-whcs", "soc-whcs");
        assertThat(other.get("/activities/calendar?month=" + month + "&society=" + registered.getCode()).body())
                .as("a society's calendar is its own").doesNotContain("社区科普进万家");
        PortalLogin affairs = new PortalLogin(port);
        affairs.logIn("affairs", "affairs");
        assertThat(affairs.get("/activities/calendar?month=" + month + "&society=" + registered.getCode()).body())
                .contains("社区科普进万家");
        assertThat(affairs.get("/activities?society=" + registered.getCode()).body()).contains("社区科普进万家");
    }

    @Test
    void thePortalFormShowsTheDateAndCountErrorsNextToTheirFields() {
        Society registered = testSocieties.registerActive("hdc");
        String account = "soc-" + registered.getCode();
        PortalLogin browser = new PortalLogin(port);
        browser.logIn(account, account);
        HttpResponse<String> started = browser.submit("/activities", "/activities", Map.of());
        String page = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(page).matches("/activities/\\d+");
        HttpResponse<String> refused = browser.submit(page, page, Map.of("activityType", "ACADEMIC_CONFERENCE",
                "title", "年会", "startsOn", "2025-05-10", "endsOn", "2025-05-08", "participants", "50",
                "action", "submit"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("结束日期不能早于开始日期", "field-error", "必填");
        HttpResponse<String> negative = browser.submit(page, page, Map.of("title", "年会", "participants", "-5",
                "action", "save"));
        assertThat(negative.statusCode()).isEqualTo(200);
        assertThat(negative.body()).contains("不能为负数");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(Api.as(port, account, account).get("/api/v1/activities/" + id).body().get("status").asText())
                .isEqualTo("DRAFT");
    }
}
