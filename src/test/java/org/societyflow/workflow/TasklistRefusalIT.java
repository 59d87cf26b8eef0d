package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reviewer's invalid completion, as Tasklist submits a Camunda Form ({@code POST …/task/{id}/submit-form}), through
 * the engine REST API and through the webapps' own copy of it, which Tasklist calls: the step's task listener refuses
 * it, and the answer is a 400 whose message is the refusal alone — naming the decisions this step's form offers —, not a
 * 500 with the engine's wording and exception class. The task stays open.
 */
@IntegrationTest
class TasklistRefusalIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    TaskService taskService;

    @Test
    void aSubmissionWithoutADecisionIsA400NamingTheStepsDecisions() throws Exception {
        SubmittedChange change = SubmittedChange.submit(port, testSocieties, taskService);
        String taskId = SubmittedChange.await(taskService, change.no(), "AffairsReview").getId();
        String form = JSON.writeValueAsString(Map.of("variables", Map.of("opinion", Map.of("value", "缺少结论"))));

        Api.Response rest = Api.as(port, "affairs", "affairs").post("/engine-rest/task/" + taskId + "/submit-form",
                JSON.readTree(form));
        assertRefusal(rest.status(), rest.body());

        PortalLogin tasklist = new PortalLogin(port);
        tasklist.logIn("affairs", "affairs");
        HttpResponse<String> webapp = tasklist.postToWebapps(
                "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", form);
        assertRefusal(webapp.statusCode(), JSON.readTree(webapp.body()));

        Api.Response tooLong = Api.as(port, "affairs", "affairs").post("/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", Map.of("decision", Map.of("value", "approve"), "opinion", Map.of("value", "长".repeat(2001)))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("message").asText()).startsWith("请填写审核意见，不超过2000字");

        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the refused task stays open").isEqualTo(1);
    }

    private static void assertRefusal(int status, JsonNode body) {
        assertThat(status).as("%s", body).isEqualTo(400);
        String message = body.get("message").asText();
        // change-affairs-review.form offers 同意, 退回 and 不同意 — not 延长筹备期
        assertThat(message).startsWith("请选择审核结论：同意、退回、不同意")
                .contains("approve, return, reject")
                .doesNotContain("extend", "ENGINE-", "Exception", "TaskListener", "Cannot submit");
        assertThat(body.get("type").asText()).doesNotContain("ProcessEngine");
    }
}
