package org.societyflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.societyflow.change.ChangeFixtures.item;
import static org.societyflow.change.ChangeFixtures.request;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.societyflow.support.Together;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The same 变更 request submitted from two tabs at once, and again as a retried request: it goes to review once. */
@IntegrationTest
class ChangeDoubleSubmissionIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TestSocieties testSocieties;

    @Test
    void aRequestSubmittedTwiceAtOnceIsReviewedOnce() {
        for (int round = 0; round < 5; round++) {
            String account = "soc-" + testSocieties.registerActive("dbl").getCode();
            Api society = Api.as(port, account, account);
            long id = society.post("/api/v1/changes", null).body().get("id").asLong();
            String path = "/api/v1/changes/" + id;
            String no = society.get(path).body().get("applicationNo").asText();
            society.put(path + "/request", request("更换联系电话", item("ADDRESS", "武汉市江岸区沿江大道" + round + "号")));

            List<Api.Response> answers = Together.run(() -> society.post(path + "/request/submit", null),
                    () -> society.post(path + "/request/submit", null));

            assertThat(answers).extracting(Api.Response::status).as("round %d: %s", round, answers)
                    .containsExactlyInAnyOrder(200, 409);
            Api.Response retried = society.post(path + "/request/submit", null);
            assertThat(retried.status()).isEqualTo(409);
            assertThat(retried.body().get("detail").asText()).isNotBlank();
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
                    .taskDefinitionKey("SubmitRequest").finished().count()).isEqualTo(1);
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("AffairsReview")
                    .count()).isEqualTo(1);
            assertThat(society.get(path).body().get("status").asText()).isEqualTo("SUBMITTED");
        }
    }
}
