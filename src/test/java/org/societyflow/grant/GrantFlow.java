package org.societyflow.grant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A grant call's way from publication to funding as the tests walk it through the API and the engine: 学会部's formal
 * check, the experts' scores, the call's and the notice's timers fired, the ranking and leadership's approval.
 */
@Component
public class GrantFlow {

    /** A submitted application: its id and number. */
    public record Submitted(long id, String no) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final Environment environment;

    GrantFlow(TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
              Environment environment) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.environment = environment;
    }

    /** The app's port, known once the server runs (after this bean is made). */
    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    public Api affairs() {
        return Api.as(port(), "affairs", "affairs");
    }

    public long publishedProgramme(long total, long cap, int experts) {
        JsonNode created = affairs().post("/api/v1/programmes",
                GrantFixtures.programmeForm("ACADEMIC_EXCHANGE", total, cap, experts)).body();
        long id = created.get("id").asLong();
        JsonNode published = affairs().post("/api/v1/programmes/" + id + "/publish", null).body();
        assertThat(published.get("status").asText()).isEqualTo("OPEN");
        assertThat(published.get("code").asText()).startsWith("ZX-");
        return id;
    }

    public Submitted submit(Api society, long programmeId, String title, long amount) {
        long id = society.post("/api/v1/grants?programmeId=" + programmeId, null).body().get("id").asLong();
        society.put("/api/v1/grants/" + id + "/form", GrantFixtures.grantForm(title, amount));
        GrantFixtures.attachRequired(society, id);
        Api.Response submitted = society.post("/api/v1/grants/" + id + "/form/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        return new Submitted(id, submitted.body().get("applicationNo").asText());
    }

    public Task await(String businessKey, String definitionKey) {
        return Await.until(definitionKey + " of " + businessKey, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey).list().stream().findFirst()
                .orElse(null));
    }

    public List<Task> scoreTasks(String no) {
        return taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("Score").list();
    }

    public void approveFormalCheck(String no) {
        Task check = await(no, "FormalCheck");
        assertThat(affairs().completeTask(check.getId(), Map.of("decision", "approve", "opinion", "材料齐全")).status())
                .isEqualTo(204);
    }

    /** Every open scoring task of the application is scored by its expert, as that expert. */
    public void scoreAll(String no, int score) {
        List<Task> tasks = Await.until("scoring tasks of " + no, () -> scoreTasks(no).isEmpty() ? null : scoreTasks(no));
        for (Task task : tasks) {
            Api expert = Api.as(port(), task.getAssignee(), task.getAssignee());
            Api.Response done = expert.completeTask(task.getId(), Map.of("conflict", false, "innovation", score,
                    "feasibility", score, "impact", score, "budgetScore", score, "comment", "方案可行"));
            assertThat(done.status()).as(done.text()).isEqualTo(204);
        }
    }

    /** Fires the process's waiting timer: a call's close or its notice's end, by the programme's code. */
    public void fireTimer(String businessKey) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
        managementService.executeJob(timer.getId());
    }

    public String programmeCode(long programmeId) {
        return affairs().get("/api/v1/programmes/" + programmeId).body().get("code").asText();
    }

    /**
     * The call, its applications scored, closes; 学会部 proposes the given ones, leadership approves: the list is in
     * 公示. Returns the programme's code.
     */
    public String toNotice(long programmeId, List<String> funded) {
        String code = programmeCode(programmeId);
        fireTimer(code);
        assertThat(affairs().completeTask(await(code, "Ranking").getId(), Map.of("fundedList", String.join(",", funded),
                "decision", "approve", "opinion", "按均分")).status()).isEqualTo(204);
        assertThat(Api.as(port(), "leader", "leader").completeTask(await(code, "FundingApproval").getId(),
                Map.of("decision", "approve", "opinion", "同意")).status()).isEqualTo(204);
        return code;
    }
}
