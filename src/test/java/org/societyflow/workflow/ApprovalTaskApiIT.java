package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.identity.Groups;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the Tasklist tab 审批操作 reads of a task: for staff only, with the choices each operation offers. */
@IntegrationTest
class ApprovalTaskApiIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void aTaskShowsItsApplicationTimelineAndChoices() {
        String key = TestApplications.start(port, runtimeService);
        String colleague = TestApplications.staff(identityService, Groups.SOCIETY_AFFAIRS);
        Task check = taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("Check").singleResult();
        Api affairs = Api.as(port, "affairs", "affairs");
        affairs.post("/api/v1/approvals/" + key + "/urge", null);

        JsonNode view = affairs.get("/api/v1/approvals/tasks/" + check.getId()).body();
        assertThat(view.get("businessKey").asText()).isEqualTo(key);
        assertThat(view.get("title").asText()).isEqualTo("抄送测试申请");
        assertThat(view.get("holder").asBoolean()).isTrue();
        assertThat(view.get("delegatedToMe").asBoolean()).isFalse();
        assertThat(view.get("passedSteps")).isEmpty();
        assertThat(view.at("/timeline/0/kind").asText()).isEqualTo("urge");
        assertThat(view.at("/timeline/0/label").asText()).isEqualTo("催办");
        assertThat(view.get("sheet").asText()).isEqualTo("/approvals/" + key + "/sheet");
        assertThat(view.at("/csrf/token").asText()).isNotEmpty();

        assertThat(Api.as(port, "leader", "leader").get("/api/v1/approvals/tasks/" + check.getId()).body()
                .get("holder").asBoolean()).as("not in 学会部").isFalse();
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").get("/api/v1/approvals/tasks/" + check.getId()).status())
                .isEqualTo(403);
        assertThat(affairs.get("/api/v1/approvals/tasks/no-such-task").status()).isEqualTo(404);
    }

    @Test
    void thePickersListPeopleByNameAndDepartment() {
        String key = TestApplications.start(port, runtimeService);
        String colleague = TestApplications.staff(identityService, Groups.SOCIETY_AFFAIRS);
        User named = identityService.createUserQuery().userId(colleague).singleResult();
        named.setLastName("王");
        named.setFirstName("小明");
        identityService.saveUser(named);
        identityService.createMembership(colleague, Groups.PARTY_COMMITTEE);
        Task check = taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("Check").singleResult();
        Api affairs = Api.as(port, "affairs", "affairs");

        JsonNode colleagues = affairs.get("/api/v1/approvals/people?taskId=" + check.getId()).body();
        assertThat(colleagues.findValuesAsText("id")).as("学会部 but the caller").contains(colleague)
                .doesNotContain("affairs", "leader", "party").noneMatch(id -> id.startsWith("soc-"));
        JsonNode wang = person(colleagues, colleague);
        assertThat(wang.get("name").asText()).isEqualTo("王小明");
        assertThat(wang.get("department").asText()).isEqualTo("学会部、科技社团党委");
        assertThat(wang.get("label").asText()).isEqualTo("王小明（学会部、科技社团党委）");

        // an expert of this test's own: the demo's are named 评审专家N, a name that says its department already
        String expert = TestApplications.staff(identityService, Groups.EXPERTS);
        JsonNode recipients = affairs.get("/api/v1/approvals/people").body();
        assertThat(recipients.findValuesAsText("id")).as("staff and experts but the caller")
                .contains(colleague, "leader", "party").doesNotContain("affairs").noneMatch(id -> id.startsWith("soc-"));
        assertThat(person(recipients, "leader").get("label").asText()).endsWith("（科协领导）");
        assertThat(person(recipients, expert).get("label").asText()).endsWith("（评审专家）");

        assertThat(Api.as(port, "soc-whcs", "soc-whcs").get("/api/v1/approvals/people").status()).isEqualTo(403);
        assertThat(affairs.get("/api/v1/approvals/people?taskId=no-such-task").status()).isEqualTo(404);
    }

    private static JsonNode person(JsonNode people, String id) {
        for (JsonNode p : people) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError(id + " not in " + people);
    }
}
