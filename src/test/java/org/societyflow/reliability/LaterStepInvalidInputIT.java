package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.grant.GrantFixtures;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Campaigns;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Reports;
import org.societyflow.support.TestSocieties;
import org.societyflow.workflow.SubmittedChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Generated bad values in the forms a society fills later in a process, once a reviewer has moved it on: the 变更's
 * 登记备案, the 海智 station's yearly report, the 年检 rectification report, each through the API ({@link BadJson})
 * and through the portal's form ({@link BadForms}); and a grant objection. Each is refused with field errors and
 * nothing stored, or accepted and shown escaped. Never a 5xx.
 */
@IntegrationTest
class LaterStepInvalidInputIT {

    @LocalServerPort
    int port;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    TaskService taskService;

    Api affairs() {
        return Api.as(port, "affairs", "affairs");
    }

    @Test
    void everyFieldOfA变更FilingRefusesOrEscapesBadValues() {
        SubmittedChange change = SubmittedChange.submit(port, testSocieties, taskService);
        assertThat(affairs().completeTask(task(change.no(), "AffairsReview").getId(),
                Map.of("decision", "approve", "opinion", "同意迁址")).status()).isEqualTo(204);
        task(change.no(), "RecordFiling");
        Map<String, Object> filing = Map.of("filedOn", LocalDate.now().toString(), "certificateNo", "鄂民社证字第0123号");
        String page = "/changes/" + change.id();
        BadJson.fuzzForm(change.society(), change.path() + "/filing", page, filing);
        BadForms.fuzzPage(port, change.account(), page, page + "/filing", change.path() + "/filing", filing);
    }

    @Test
    void everyFieldOfAStationReportRefusesOrEscapesBadValues() {
        String host = testSocieties.registerActive("badr").getCode();
        String account = "soc-" + host;
        assertThat(affairs().post("/api/v1/stations", Map.of("name", "测试海智站" + host, "kind", "WORKSTATION",
                "societyCode", host, "establishedYear", 2020)).status()).isEqualTo(201);
        affairs().post("/api/v1/stations/assessments?year=" + LocalDate.now().getYear(), null);
        JsonNode assessment = Api.as(port, account, account).get("/api/v1/stations").body().at("/0/assessments/0");
        task(assessment.get("assessmentNo").asText(), "StationReport");
        String page = "/stations/assessments/" + assessment.get("id").asLong();
        String form = "/api/v1/station-assessments/" + assessment.get("id").asLong() + "/report";
        Map<String, Object> report = Map.of("workSummary", "引进海外人才 2 名", "talentsIntroduced", 2, "projectsLanded", 0,
                "eventsHeld", 1);
        BadJson.fuzzForm(Api.as(port, account, account), form, page, report);
        BadForms.fuzzPage(port, account, page, page, form, report);
    }

    /**
     * 武汉市计算机学会's report of a year of its own is rated 基本合格, which opens its rectification; the valid report
     * is submitted and accepted at the end, so the society is active again for the other tests.
     */
    @Test
    void theRectificationReportRefusesOrEscapesBadValues() {
        Api whcs = Api.as(port, "soc-whcs", "soc-whcs");
        int year = Campaigns.freshYear();
        assertThat(affairs().post("/api/v1/campaigns", Map.of("year", year)).status()).isEqualTo(201);
        long id = Campaigns.inspectionOf(whcs, year);
        Map<String, Object> qualified = Reports.complete();
        qualified.put("auditOpinion", "QUALIFIED");
        whcs.put("/api/v1/inspections/" + id + "/report", qualified);
        Files.attachRequired(whcs, id);
        String no = whcs.post("/api/v1/inspections/" + id + "/report/submit", null).body().get("applicationNo").asText();
        assertThat(affairs().completeTask(task(no, "ReviewReport").getId(),
                Map.of("decision", "approve", "opinion", "财务管理不规范，评为基本合格")).status()).isEqualTo(204);
        task(no, "SubmitRectification");

        String page = "/inspections/" + id;
        String form = "/api/v1/inspections/" + id + "/rectification";
        Map<String, Object> valid = Map.of("rectificationReport", "已聘请会计师事务所规范财务核算");
        BadJson.fuzzForm(whcs, form, page, valid);
        BadForms.fuzzPage(port, "soc-whcs", page, page + "/rectification", form, valid);

        assertThat(whcs.post(form + "/submit", null).status()).isEqualTo(200);
        assertThat(affairs().completeTask(task(no, "ReviewRectification").getId(),
                Map.of("decision", "approve", "opinion", "整改到位")).status()).isEqualTo(204);
    }

    /**
     * Outside a 公示 every objection is refused, the valid one as untimely: the generated ones must be refused as
     * well, with a problem, and leave the application as it was.
     */
    @Test
    void theTextOfAGrantObjectionIsRefusedWithAProblemAndChangesNothing() {
        long programme = GrantFixtures.publishedProgramme(affairs());
        String account = "soc-" + testSocieties.registerActive("bado").getCode();
        Api society = Api.as(port, account, account);
        long id = society.post("/api/v1/grants?programmeId=" + programme, null).body().get("id").asLong();
        BadJson.fuzz(BadJson.tree(Map.of("objection", "实名反映：该活动已获其他专项资助")), bad -> {
            Api.Response answer = affairs().post("/api/v1/grants/" + id + "/objection", bad);
            assertThat(answer.status()).as(bad.toString()).isBetween(400, 499);
            return answer;
        }, () -> society.get("/api/v1/grants/" + id).body().get("status"), () -> "", () -> { });
    }

    private Task task(String businessKey, String definitionKey) {
        return Await.until(definitionKey + " of " + businessKey, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey).singleResult());
    }
}
