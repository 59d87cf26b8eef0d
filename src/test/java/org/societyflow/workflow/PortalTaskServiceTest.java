package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.identity.CurrentUser;

/** The portal's open-task list: the user's groups' unclaimed tasks and the user's own, in due order. */
class PortalTaskServiceTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml").build();

  static final long DAY = 24L * 60 * 60 * 1000;

  ProcessEngine engine;
  PortalTaskService portal;
  String deployment;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    portal = new PortalTaskService(engine.getTaskService(), engine.getRuntimeService());
    deployment = engine.getRepositoryService().createDeployment().addModelInstance("one-task.bpmn",
        Bpmn.createExecutableProcess("one-task").camundaHistoryTimeToLive(1).startEvent()
            .userTask("Work").camundaCandidateGroups("${group}").camundaAssignee("${assignee}").camundaDueDate("${due}")
            .endEvent().done()).deploy().getId();
  }

  @AfterEach
  void tearDown() {
    engine.getRepositoryService().deleteDeployment(deployment, true);
  }

  void start(String title, String group, String assignee, Integer dueInDays) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("title", title);
    variables.put("group", group);
    variables.put("assignee", assignee);
    variables.put("due", dueInDays == null ? null : new Date(System.currentTimeMillis() + dueInDays * DAY));
    engine.getRuntimeService().startProcessInstanceByKey("one-task", "K-" + title, variables);
  }

  @Test
  void theGroupsUnclaimedTasksAndTheUsersOwnSoonestDueFirst() {
    start("due in 5 days", "society-X", null, 5);
    start("mine, due in 2 days", "society-Z", "zhang", 2);
    start("another group's", "society-Y", null, 1);
    start("undated", "society-X", null, null);
    start("claimed by a colleague", "society-X", "li", 3);

    List<PortalTask> tasks = portal.openTasks(new CurrentUser("zhang", "张三", Set.of("society-X"), "X"));

    assertThat(tasks).extracting(PortalTask::title)
        .containsExactly("undated", "mine, due in 2 days", "due in 5 days");
    assertThat(tasks).extracting(PortalTask::businessKey).containsExactly("K-undated", "K-mine, due in 2 days",
        "K-due in 5 days");
  }

  @Test
  void aUserWithoutGroupsSeesTheTasksAssignedToThem() {
    start("mine", "society-X", "zhang", 1);
    start("the group's", "society-X", null, 1);

    assertThat(portal.openTasks(new CurrentUser("zhang", "张三", Set.of(), null))).extracting(PortalTask::title)
        .containsExactly("mine");
  }
}
