package org.societyflow.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.societyflow.support.Together;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grant application's first submission starts its process: submitted from two tabs at once, or retried, it is
 * still one application with one process.
 */
@IntegrationTest
class GrantDoubleSubmissionIT {

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    GrantApplicationRepository applications;

    @Test
    void anApplicationSubmittedTwiceAtOnceStartsOneProcess() {
        Api affairs = Api.as(port, "affairs", "affairs");
        long programme = GrantFixtures.publishedProgramme(affairs);
        for (int round = 0; round < 5; round++) {
            String account = "soc-" + testSocieties.passedLastInspection(testSocieties.registerActive("dblg")).getCode();
            Api society = Api.as(port, account, account);
            long id = society.post("/api/v1/grants?programmeId=" + programme, null).body().get("id").asLong();
            society.put("/api/v1/grants/" + id + "/form", GrantFixtures.grantForm("青年学术沙龙 " + round, 30_000));
            GrantFixtures.attachRequired(society, id);

            List<Api.Response> answers = Together.run(() -> society.post("/api/v1/grants/" + id + "/form/submit", null),
                    () -> society.post("/api/v1/grants/" + id + "/form/submit", null));

            assertThat(answers).extracting(Api.Response::status).as("round %d: %s", round, answers)
                    .containsExactlyInAnyOrder(200, 409);
            assertThat(society.post("/api/v1/grants/" + id + "/form/submit", null).status()).as("retried").isEqualTo(409);
            String no = applications.findById(id).orElseThrow().getApplicationNo();
            assertThat(no).isNotNull();
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).count()).isEqualTo(1);
            assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("grant-application")
                    .variableValueEquals("applicationId", id).count()).isEqualTo(1);
        }
    }
}
