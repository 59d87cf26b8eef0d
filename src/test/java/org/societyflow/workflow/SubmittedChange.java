package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.society.Discipline;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.TestSocieties;

/** A society of the test's own, with a submitted 变更 of its address waiting for 学会部: a real process to operate on. */
public record SubmittedChange(String code, Api society, long id, String no) {

    public static SubmittedChange submit(int port, TestSocieties testSocieties, TaskService taskService) {
        String code = TestSocieties.uniqueCode("cor");
        Society society = new Society(code, "武汉市补正测试学会" + code, Discipline.SCIENCE, SupervisionMode.SUPERVISED,
                SocietyStatus.ACTIVE, PartyOrganisation.STANDALONE)
                .registered("51420100MJC" + code.substring(code.length() - 6) + "X", LocalDate.of(2015, 3, 1), null,
                        "学术交流", "武汉市武昌区", "027-88888888")
                .term(3, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31)).members(321, 12)
                .officer(new Officer(OfficerRole.PRESIDENT, "李补" + code, LocalDate.of(1968, 5, 1), true, false, 1))
                .officer(new Officer(OfficerRole.SECRETARY_GENERAL, "周正" + code, LocalDate.of(1980, 5, 1), false, true, 1));
        String account = testSocieties.register(society);
        Api api = Api.as(port, account, account);
        var started = api.post("/api/v1/changes", null).body();
        SubmittedChange application = new SubmittedChange(code, api, started.get("id").asLong(), started.get("applicationNo").asText());
        api.put(application.path() + "/request", Map.of("reason", "理事会决议迁址",
                "items", List.of(Map.of("field", "ADDRESS", "newValue", "武汉市江汉区新华路" + code + "号"))));
        application.submit();
        await(taskService, application.no(), "AffairsReview");
        return application;
    }

    static Task await(TaskService taskService, String no, String definitionKey) {
        return Await.until(definitionKey + " of " + no, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(no).taskDefinitionKey(definitionKey).singleResult());
    }

    public String account() {
        return society.user();
    }

    public String path() {
        return "/api/v1/changes/" + id;
    }

    String status() {
        return society.get(path()).body().get("status").asText();
    }

    void submit() {
        assertThat(society.post(path() + "/request/submit", null).status()).isEqualTo(200);
    }
}
