package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.identity.Groups;
import org.societyflow.identity.PersonNames;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestProcesses;
import org.societyflow.support.TestSocieties;
import org.societyflow.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 退回, 转办, 催办 and the 审批单 on any process, as its reviewers, another reviewer and the societies. */
@IntegrationTest
class ApprovalIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessProgressService progress;
    @Autowired
    PersonNames names;

    static String process(String key, boolean parallel) {
        return parallel ? TestProcesses.of(key, "审批操作测试", """
                <bpmn:startEvent id="Start" name="开始"/>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Split"/>
                <bpmn:parallelGateway id="Split" name="分送"/>
                <bpmn:sequenceFlow id="F2" sourceRef="Split" targetRef="Check"/>
                <bpmn:sequenceFlow id="F3" sourceRef="Split" targetRef="Party"/>
                <bpmn:userTask id="Check" name="学会部审核" camunda:candidateGroups="society-affairs"/>
                <bpmn:userTask id="Party" name="党委审查" camunda:candidateGroups="party-committee"/>
                """) : TestProcesses.twoSteps(key, "学会部审核", "");
    }

    String start(boolean parallel) {
        String key = TestSocieties.uniqueCode(parallel ? "par-" : "appr-");
        Api.as(port, "admin", "admin").post("/api/v1/models/deployments",
                Map.of("resources", Map.of(key + ".bpmn", process(key, parallel))));
        runtimeService.startProcessInstanceByKey(key, key.toUpperCase(), Map.of("societyCode", "whcs",
                "societyName", "武汉市计算机学会", "title", "审批操作测试"));
        return key.toUpperCase();
    }

    Task task(String businessKey, String definitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
                .singleResult();
    }

    String colleague() {
        String id = TestSocieties.uniqueCode("aff");
        User user = identityService.newUser(id);
        user.setPassword(id);
        TestUsers.save(identityService, user);
        identityService.createMembership(id, Groups.SOCIETY_AFFAIRS);
        return id;
    }

    @Test
    void anApplicationIsSentBackToAStepItPassedWithItsReason() {
        String key = start(false);
        Api affairs = Api.as(port, "affairs", "affairs");
        Api leader = Api.as(port, "leader", "leader");
        assertThat(affairs.get("/api/v1/approvals/" + key + "/passed-steps").body()).isEmpty();
        taskService.complete(task(key, "Check").getId());

        assertThat(leader.get("/api/v1/approvals/" + key + "/passed-steps").body().toString()).contains("Check", "学会部审核");
        assertThat(leader.post("/api/v1/approvals/" + key + "/send-back", Map.of("activityId", "Check", "reason", ""))
                .status()).isEqualTo(400);
        Api.Response notPassed = leader.post("/api/v1/approvals/" + key + "/send-back",
                Map.of("activityId", "End", "reason", "x"));
        assertThat(notPassed.status()).isEqualTo(400);
        assertThat(notPassed.body().at("/errors/activityId").asText()).isNotBlank();
        assertThat(affairs.post("/api/v1/approvals/" + key + "/send-back", Map.of("activityId", "Check", "reason", "越权"))
                .status()).as("affairs does not hold the leadership step").isEqualTo(403);
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").get("/api/v1/approvals/" + key + "/passed-steps").status())
                .isEqualTo(403);
        assertThat(leader.post("/api/v1/approvals/" + key + "/send-back",
                Map.of("activityId", "Check", "reason", "预算说明不清，请学会部复核")).status()).isEqualTo(200);
        assertThat(task(key, "Check")).isNotNull();
        assertThat(task(key, "Approve")).isNull();
        assertThat(progress.opinionsOf(key)).anySatisfy(o -> {
            assertThat(o.getDecision()).isEqualTo("sendBack");
            assertThat(o.getUserId()).isEqualTo("leader");
            assertThat(o.getOpinion()).contains("学会部审核", "预算说明不清");
        });
    }

    @Test
    void aTaskIsTransferredToAColleagueAndTheHolderIsUrged() {
        String key = start(false);
        Api affairs = Api.as(port, "affairs", "affairs");
        Task check = task(key, "Check");
        assertThat(affairs.post("/api/v1/approvals/tasks/" + check.getId() + "/transfer",
                Map.of("toUser", "leader", "reason", "请代办")).status()).as("not a member of 学会部").isEqualTo(400);
        String colleague = colleague();
        assertThat(affairs.post("/api/v1/approvals/tasks/" + check.getId() + "/transfer",
                Map.of("toUser", colleague, "reason", "出差，请代为审核")).status()).isEqualTo(200);
        assertThat(task(key, "Check").getAssignee()).isEqualTo(colleague);
        assertThat(affairs.post("/api/v1/approvals/tasks/" + check.getId() + "/transfer",
                Map.of("toUser", "affairs", "reason", "收回")).status()).as("no longer its holder").isEqualTo(403);

        assertThat(Api.as(port, "soc-whcs", "soc-whcs").post("/api/v1/approvals/" + key + "/urge", null).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "leader", "leader").post("/api/v1/approvals/" + key + "/urge", null).body()
                .get("urged").asInt()).isEqualTo(1);
        assertThat(progress.opinionsOf(key)).extracting(ReviewOpinion::getDecision).contains("transfer", "urge");
        assertThat(Api.as(port, colleague, colleague).get("/api/v1/me").status()).isEqualTo(200);

        // the 审批单: staff and the application's own society; another society does not see it
        Api.Response sheet = affairs.get("/approvals/" + key + "/sheet");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.text()).contains("审批单", key, "出差，请代为审核", "催办");
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").get("/approvals/" + key + "/sheet").status()).isEqualTo(200);
        assertThat(Api.as(port, "soc-whma", "soc-whma").get("/approvals/" + key + "/sheet").status()).isEqualTo(404);
    }

    @Test
    void peopleAreShownByNameNotByLoginId() {
        assertThat(names.of("affairs")).isEqualTo("王晓明（学会部）");
        assertThat(names.of("soc-whcs")).as("a society's account is its society").isEqualTo("武汉市计算机学会");
        assertThat(names.of("nobody-" + TestSocieties.uniqueCode("x"))).startsWith("nobody-");
        assertThat(names.group(Groups.SOCIETY_AFFAIRS)).isNotEqualTo(Groups.SOCIETY_AFFAIRS);

        String key = start(false);
        String colleague = colleague();
        User named = identityService.createUserQuery().userId(colleague).singleResult();
        named.setLastName("欧阳");
        named.setFirstName("明远");
        identityService.saveUser(named);
        Api affairs = Api.as(port, "affairs", "affairs");
        assertThat(affairs.post("/api/v1/approvals/tasks/" + task(key, "Check").getId() + "/transfer",
                Map.of("toUser", colleague, "reason", "请代为审核")).status()).isEqualTo(200);
        assertThat(progress.progress(key).current()).extracting(ApplicationProgress.Step::holder)
                .containsExactly("欧阳明远");
        taskService.complete(task(key, "Check").getId());
        assertThat(progress.progress(key).done()).extracting(ApplicationProgress.Step::holder).contains("欧阳明远");

        String sheet = affairs.get("/approvals/" + key + "/sheet").text();
        assertThat(sheet).contains("王晓明（学会部）", "请代为审核").doesNotContain(">affairs<");
    }

    @Test
    void nothingIsSentBackOutOfParallelBranches() {
        String key = start(true);
        Api affairs = Api.as(port, "affairs", "affairs");
        assertThat(affairs.get("/api/v1/approvals/" + key + "/passed-steps").body()).isEmpty();
        Api.Response refused = affairs.post("/api/v1/approvals/" + key + "/send-back", Map.of("activityId", "Start",
                "reason", "退回"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("并行");
        assertThat(task(key, "Check")).isNotNull();
        assertThat(task(key, "Party")).isNotNull();
    }

    @Test
    void aDelegateWorksOnTheTaskAndGivesItBack() {
        String key = start(false);
        Api affairs = Api.as(port, "affairs", "affairs");
        Task check = task(key, "Check");
        String colleague = colleague();
        Api delegate = Api.as(port, colleague, colleague);
        assertThat(affairs.post("/api/v1/approvals/tasks/" + check.getId() + "/delegate",
                Map.of("toUser", colleague, "reason", "")).status()).isEqualTo(400);
        assertThat(affairs.post("/api/v1/approvals/tasks/" + check.getId() + "/delegate",
                Map.of("toUser", colleague, "reason", "请核对预算明细")).status()).isEqualTo(200);
        Task delegated = task(key, "Check");
        assertThat(delegated.getAssignee()).isEqualTo(colleague);
        assertThat(delegated.getOwner()).isEqualTo("affairs");
        assertThat(affairs.post("/api/v1/approvals/tasks/" + check.getId() + "/resolve", Map.of("reason", "x")).status())
                .as("only the delegate gives it back").isEqualTo(403);
        assertThat(delegate.post("/api/v1/approvals/tasks/" + check.getId() + "/resolve",
                Map.of("reason", "预算明细已核对无误")).status()).isEqualTo(200);
        Task back = task(key, "Check");
        assertThat(back.getAssignee()).isEqualTo("affairs");
        assertThat(progress.opinionsOf(key)).extracting(ReviewOpinion::getDecision).containsSubsequence("delegate", "resolve");
        assertThat(progress.opinionsOf(key)).anySatisfy(o -> assertThat(o.getOpinion()).contains("预算明细已核对无误"));
    }
}
