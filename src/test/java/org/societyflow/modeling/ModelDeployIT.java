package org.societyflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.Modeler;
import org.societyflow.support.TestProcesses;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Admins change processes without a developer: Camunda Modeler's deployment and the app's own, each refused whole
 * with a message naming the element when a model breaks a rule; migration of running instances as a batch; moving
 * and cancelling an instance with a reason kept in its history; retrying failed jobs.
 */
@IntegrationTest
class ModelDeployIT {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    @Test
    void aModelFromCamundaModelerDeploysAsANewVersionThatRuns() {
        String key = TestSocieties.uniqueCode("modeler-");
        Modeler.Response first = Modeler.deploy(port, "admin", key, Map.of(key + ".bpmn", TestProcesses.twoSteps(key, "学会部审核", "")));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        ProcessInstance old = runtimeService.startProcessInstanceByKey(key);

        Modeler.Response unchanged = Modeler.deploy(port, "admin", key, Map.of(key + ".bpmn", TestProcesses.twoSteps(key, "学会部审核", "")));
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count())
                .as("deploy-changed-only: the same file makes no new version").isEqualTo(1);

        Modeler.Response second = Modeler.deploy(port, "admin", key, Map.of(key + ".bpmn", TestProcesses.twoSteps(key, "学会部初审", "")));
        assertThat(second.status()).isEqualTo(200);
        var latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        assertThat(latest.getVersion()).isEqualTo(2);
        ProcessInstance fresh = runtimeService.startProcessInstanceByKey(key);
        assertThat(fresh.getProcessDefinitionId()).isEqualTo(latest.getId());
        assertThat(repositoryService.getBpmnModelInstance(latest.getId()).getModelElementById("Check")
                .getAttributeValue("name")).isEqualTo("学会部初审");
        assertThat(old.getProcessDefinitionId()).isNotEqualTo(latest.getId());
    }

    @Test
    void badModelsAreRefusedWholeWithTheElementNamed() {
        String key = TestSocieties.uniqueCode("bad-");
        Map<String, String> bad = Map.of(
                "invalid XML", "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process",
                "not executable", TestProcesses.twoSteps(key, "学会部审核", "").replace("isExecutable=\"true\"", "isExecutable=\"false\""),
                "unknown delegate", TestProcesses.twoSteps(key, "学会部审核", """
                        <bpmn:serviceTask id="Notify" name="通知" camunda:delegateExpression="${noSuchBean}"/>"""),
                "no candidate group", TestProcesses.twoSteps(key, "学会部审核", "").replace(" camunda:candidateGroups=\"society-affairs\"", ""),
                "no history time to live", TestProcesses.twoSteps(key, "学会部审核", "").replace(" camunda:historyTimeToLive=\"30\"", ""));
        Map<String, String> expected = Map.of("invalid XML", "XML", "not executable", key, "unknown delegate", "Notify",
                "no candidate group", "Check", "no history time to live", key);
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        bad.forEach((what, xml) -> {
            Modeler.Response modeler = Modeler.deploy(port, "admin", key, Map.of(key + ".bpmn", xml,
                    "grant-formal-check.form", "{\"id\":\"x\",\"components\":[]}"));
            assertThat(modeler.status()).as(what + ": " + modeler.body()).isEqualTo(400);
            assertThat(modeler.body()).as(what).contains(expected.get(what));
            Api.Response app = Api.as(port, "admin", "admin").post("/api/v1/models/deployments",
                    Map.of("name", key, "resources", Map.of(key + ".bpmn", xml)));
            assertThat(app.status()).as(what).isEqualTo(400);
            assertThat(app.contentType()).contains("problem+json");
            assertThat(app.body().get("problems").toString()).as(what).contains(expected.get(what));
        });
        assertThat(repositoryService.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deploymentsBefore);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void onlyAdminsUseTheModelApi() {
        String key = TestSocieties.uniqueCode("app-");
        Map<String, Object> request = Map.of("name", key, "resources", Map.of(key + ".bpmn", TestProcesses.twoSteps(key, "学会部审核", "")));
        assertThat(Api.anonymous(port).get("/api/v1/models").status()).isEqualTo(401);
        assertThat(Api.as(port, "affairs", "affairs").post("/api/v1/models/deployments", request).status()).isEqualTo(403);
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").get("/api/v1/models").status()).isEqualTo(403);
        Api.Response deployed = Api.as(port, "admin", "admin").post("/api/v1/models/deployments", request);
        assertThat(deployed.status()).isEqualTo(201);
        assertThat(deployed.body().get("processDefinitionIds").get(0).asText()).startsWith(key + ":1:");
        JsonNode all = Api.as(port, "admin", "admin").get("/api/v1/models").body();
        assertThat(all.get("processes").toString()).contains(key);
        assertThat(all.get("decisions").toString()).contains("grant-eligibility");
        assertThat(all.get("forms").toString()).contains("grant-formal-check");
    }

    @Test
    void runningInstancesMigrateAsABatchAndMoveOrCancelWithAReason() {
        Api admin = Api.as(port, "admin", "admin");
        String key = TestSocieties.uniqueCode("mig-");
        String v1 = admin.post("/api/v1/models/deployments", Map.of("resources", Map.of(key + ".bpmn",
                TestProcesses.twoSteps(key, "学会部审核", "")))).body().at("/processDefinitionIds/0").asText();
        List<ProcessInstance> running = List.of(runtimeService.startProcessInstanceByKey(key, key + "-1"),
                runtimeService.startProcessInstanceByKey(key, key + "-2"));
        String v2 = admin.post("/api/v1/models/deployments", Map.of("resources", Map.of(key + ".bpmn",
                TestProcesses.twoSteps(key, "学会部初审", "")))).body().at("/processDefinitionIds/0").asText();

        JsonNode plan = admin.get("/api/v1/models/migrations/plan?sourceId=" + v1 + "&targetId=" + v2).body();
        assertThat(plan.get("errors")).isEmpty();
        assertThat(plan.get("instances").asLong()).isEqualTo(2);
        assertThat(plan.get("instructions").toString()).contains("\"sourceActivity\":\"Check\"");
        String batch = admin.post("/api/v1/models/migrations", Map.of("sourceId", v1, "targetId", v2)).body()
                .get("batchId").asText();
        Await.until("migration done", () -> admin.get("/api/v1/models/migrations/" + batch).body().get("ended")
                .asBoolean() ? true : null);
        running.forEach(i -> assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(i.getId())
                .singleResult().getProcessDefinitionId()).isEqualTo(v2));

        // an invalid plan is explained, not run: the step Check became a receive task
        String other = admin.post("/api/v1/models/deployments", Map.of("resources", Map.of(key + "-other.bpmn",
                TestProcesses.twoSteps(key + "-other", "其他", "").replace("<bpmn:userTask id=\"Check\" name=\"其他\" camunda:candidateGroups=\"society-affairs\"/>",
                        "<bpmn:receiveTask id=\"Check\" name=\"等待回函\"/>"))))
                .body().at("/processDefinitionIds/0").asText();
        assertThat(admin.get("/api/v1/models/migrations/plan?sourceId=" + v2 + "&targetId=" + other).body()
                .get("errors").size()).isPositive();

        String first = running.get(0).getId();
        // 调整到 starts at 请选择 (never at a step next to 撤销), and a move without a step is refused, page and API
        PortalLogin adminPages = new PortalLogin(port);
        adminPages.logIn("admin", "admin");
        String page = "/admin/models/view?type=bpmn&id=" + v2;
        assertThat(adminPages.get(page).body()).contains("<option value=\"\" selected>请选择环节</option>");
        adminPages.submit(page, "/admin/models/instances/" + first + "/move",
                Map.of("definitionId", v2, "activityId", "", "reason", "材料已线下审核"));
        assertThat(adminPages.get(page).body()).contains("请选择要调整到的环节");
        assertThat(runtimeService.getActiveActivityIds(first)).containsExactly("Check");
        assertThat(admin.post("/api/v1/models/instances/" + first + "/move", Map.of("activityId", " ", "reason", "x"))
                .body().at("/errors/activityId").asText()).isEqualTo("请选择要调整到的环节");
        assertThat(admin.post("/api/v1/models/instances/" + first + "/move", Map.of("activityId", "Approve", "reason", ""))
                .status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/models/instances/" + first + "/move", Map.of("activityId", "Nowhere", "reason", "x"))
                .status()).isEqualTo(400);
        assertThat(Api.as(port, "affairs", "affairs").post("/api/v1/models/instances/" + first + "/move",
                Map.of("activityId", "Approve", "reason", "越权")).status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/models/instances/" + first + "/move",
                Map.of("activityId", "Approve", "reason", "材料已线下审核，直接送领导审批")).status()).isEqualTo(200);
        assertThat(runtimeService.getActiveActivityIds(first)).containsExactly("Approve");
        assertThat(historyService.createUserOperationLogQuery().processInstanceId(first)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE).list())
                .extracting(UserOperationLogEntry::getAnnotation).contains("材料已线下审核，直接送领导审批");

        String second = running.get(1).getId();
        assertThat(admin.post("/api/v1/models/instances/" + second + "/cancel", Map.of("reason", "学会撤回申请")).status())
                .isEqualTo(200);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(second).singleResult()
                .getDeleteReason()).isEqualTo("学会撤回申请");
    }

    @Test
    void failedJobsAreRetriedInBulk() {
        Api admin = Api.as(port, "admin", "admin");
        String key = TestSocieties.uniqueCode("retry-");
        String definition = admin.post("/api/v1/models/deployments", Map.of("resources", Map.of(key + ".bpmn",
                TestProcesses.twoSteps(key, "学会部审核", """
                        <bpmn:boundaryEvent id="Late" name="逾期" attachedToRef="Approve" cancelActivity="false">
                          <bpmn:timerEventDefinition><bpmn:timeDuration>P30D</bpmn:timeDuration></bpmn:timerEventDefinition>
                        </bpmn:boundaryEvent>""")))).body().at("/processDefinitionIds/0").asText();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(key);
        runtimeService.createProcessInstanceModification(instance.getId()).startBeforeActivity("Approve").execute();
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        // as after three failed attempts
        managementService.setJobRetries(timer.getId(), 0);
        assertThat(admin.post("/api/v1/models/jobs/retry?definitionId=" + definition, null).body().get("retried").asInt())
                .isEqualTo(1);
        assertThat(managementService.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(1);
    }

    @Test
    void aProcessTakesItsFormsAlongAndAFormItsProcesses() {
        Api admin = Api.as(port, "admin", "admin");
        String key = TestSocieties.uniqueCode("form-");
        String form = "{\"id\":\"" + key + "-check\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[]}";
        String withForm = TestProcesses.twoSteps(key, "学会部审核", "").replace("camunda:candidateGroups=\"society-affairs\"",
                "camunda:candidateGroups=\"society-affairs\" camunda:formRef=\"" + key + "-check\" camunda:formRefBinding=\"deployment\"");
        admin.post("/api/v1/models/deployments", Map.of("resources", Map.of(key + ".bpmn", withForm, key + "-check.form", form)));

        // a new version of the process alone: its form is deployed with it, so its user task still finds it
        String second = admin.post("/api/v1/models/deployments", Map.of("resources", Map.of(key + ".bpmn",
                withForm.replace("学会部审核", "学会部初审")))).body().at("/deploymentId").asText();
        assertThat(repositoryService.getDeploymentResourceNames(second)).contains(key + ".bpmn", key + "-check.form");

        // a new version of the form alone: the process that uses it is deployed with it, so Tasklist shows the new form
        String third = admin.post("/api/v1/models/deployments", Map.of("resources", Map.of(key + "-check.form",
                form.replace("\"components\":[]", "\"components\":[{\"type\":\"text\",\"id\":\"T\",\"text\":\"新说明\"}]"))))
                .body().at("/deploymentId").asText();
        assertThat(repositoryService.getDeploymentResourceNames(third)).contains(key + ".bpmn", key + "-check.form");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
                .getVersion()).isEqualTo(3);
    }
}
