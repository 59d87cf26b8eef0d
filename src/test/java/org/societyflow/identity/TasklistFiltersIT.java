package org.societyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Await;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.societyflow.workflow.SubmittedChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's cards say whose case a task is: every filter the app sets up shows the society and the application
 * number (its properties' {@code variables}, with Chinese labels), also in a database whose filters were created
 * before; and every process carries its number as the variable those cards read.
 */
@IntegrationTest
class TasklistFiltersIT {

    private static final List<String> FILTERS = List.of("学会部待办", "党委待办", "专家评审", "领导审批", "我的任务", "即将到期");
    private static final List<Map<String, Object>> CARD = List.of(
            Map.of("name", "societyName", "label", "学会"), Map.of("name", "applicationNo", "label", "编号"));

    @LocalServerPort
    int port;
    @Autowired
    FilterService filterService;
    @Autowired
    GroupSetup groupSetup;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void everyFilterShowsTheSocietyAndTheApplicationNumberOnItsCards() {
        for (String name : FILTERS) {
            Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
            assertThat(filter).as(name).isNotNull();
            assertThat(filter.getProperties().get("variables")).as(name).isEqualTo(CARD);
            assertThat(filter.getProperties().get("showUndefinedVariable")).as(name).isEqualTo(false);
        }
    }

    @Test
    void aFilterOfAnEarlierVersionGetsTheCardVariablesAtStartAndKeepsWhatElseItHas() {
        Filter filter = filterService.createFilterQuery().filterName("党委待办").singleResult();
        Map<String, Object> before = new LinkedHashMap<>(Map.of("description", "科技社团党委待审核的任务", "priority", -9,
                "refresh", true, "color", "#cc0000"));
        filterService.saveFilter(filter.setProperties(before));

        groupSetup.run();

        Map<String, Object> after = filterService.getFilter(filter.getId()).getProperties();
        assertThat(after.get("variables")).isEqualTo(CARD);
        assertThat(after.get("color")).as("a property set by hand stays").isEqualTo("#cc0000");
        assertThat(after.get("priority")).isEqualTo(-9);
    }

    @Test
    void aProcessCarriesItsApplicationNumberAndSocietyForTheCards() {
        SubmittedChange change = SubmittedChange.submit(port, testSocieties, taskService);
        Task review = Await.until("AffairsReview of " + change.no(), () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(change.no()).taskDefinitionKey("AffairsReview").singleResult());
        assertThat(runtimeService.getVariable(review.getProcessInstanceId(), "applicationNo")).isEqualTo(change.no());
        assertThat((String) runtimeService.getVariable(review.getProcessInstanceId(), "societyName"))
                .startsWith("武汉市补正测试学会");
    }
}
