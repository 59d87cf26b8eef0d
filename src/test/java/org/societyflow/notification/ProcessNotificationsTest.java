package org.societyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The notification rules per event, on an engine of their own with {@link NotificationEnginePlugin} (the process
 * tests' engine has no such plugin): who hears of a new task and with which link, who hears of a completed step, of
 * the end and of a cancellation — with models that say nothing about notifications.
 */
class ProcessNotificationsTest {

    /** Stands in for the service: records "group|user:recipient:title:link". */
    static class Recorder extends NotificationService {

        final List<String> sent = new ArrayList<>();

        Recorder() {
            super(null, null, null);
        }

        @Override
        public void notifyGroup(String group, String title, String link) {
            sent.add("group:" + group + ":" + title + ":" + link);
        }

        @Override
        public void notifyUser(String userId, String title, String link) {
            sent.add("user:" + userId + ":" + title + ":" + link);
        }
    }

    static ProcessEngine engine;
    static Recorder recorder = new Recorder();
    RuntimeService runtime;
    TaskService tasks;

    @BeforeAll
    static void engineWithThePlugin() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                Map.of("processNotifications", new ProcessNotifications(recorder)));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("notification-rules");
        configuration.setJdbcUrl("jdbc:h2:mem:notification-rules;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(
                new NotificationEnginePlugin(beans.getBeanProvider(ProcessNotifications.class)));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("change.bpmn", change())
                .addModelInstance("campaign.bpmn", campaign()).deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void setUp() {
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        recorder.sent.clear();
    }

    /** A society's application: its own task in the portal, 学会部's review in Tasklist, two ends. */
    static BpmnModelInstance change() {
        return Bpmn.createExecutableProcess("change").camundaHistoryTimeToLive(1)
                .startEvent("Requested")
                .userTask("SubmitRequest").name("填报变更申请").camundaCandidateGroups("society-${societyCode}")
                .camundaFormKey("/changes/${applicationId}")
                .userTask("AffairsReview").name("学会部审核变更申请").camundaCandidateGroups("society-affairs")
                .exclusiveGateway("Decision")
                .condition("reject", "${decision == 'reject'}").endEvent("ChangeRejected").name("不予变更")
                .moveToLastGateway()
                .condition("approve", "${decision == 'approve'}")
                .userTask("Filing").name("报送登记").camundaAssignee("${filer}").camundaCandidateUsers("clerk")
                .endEvent("ChangeCompleted").name("变更完成")
                .done();
    }

    /** A process that is nobody's application: no title, no link. */
    static BpmnModelInstance campaign() {
        return Bpmn.createExecutableProcess("campaign").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Plan").name("制定年检方案").camundaCandidateGroups("society-affairs,leadership")
                .endEvent().done();
    }

    ProcessInstance start(String filer) {
        return runtime.startProcessInstanceByKey("change", "BG-2025-0001", Variables.createVariables()
                .putValue("societyCode", "XH7").putValue("applicationId", 8L).putValue("title", "变更登记 · 测试学会")
                .putValue("applicationLink", "/changes/8").putValue("filer", filer));
    }

    Task task(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    @Test
    void aGroupTaskTellsTheGroupWithItsPortalPageAndAReviewTellsItsGroupWithTasklist() {
        ProcessInstance pi = start("soc-xh7");
        assertThat(recorder.sent).containsExactly("group:society-XH7:新待办：填报变更申请（变更登记 · 测试学会）:/changes/8");

        recorder.sent.clear();
        tasks.complete(task(pi, "SubmitRequest").getId());
        Task review = task(pi, "AffairsReview");
        assertThat(recorder.sent).as("the society's own step is no news to it").containsExactly(
                "group:society-affairs:新待办：学会部审核变更申请（变更登记 · 测试学会）:/camunda/app/tasklist/default/#/?task="
                        + review.getId());
    }

    @Test
    void aStepOthersCompleteAndTheEndTellTheSocietyWithoutTheDecision() {
        ProcessInstance pi = start("soc-xh7");
        tasks.complete(task(pi, "SubmitRequest").getId());
        recorder.sent.clear();
        tasks.complete(task(pi, "AffairsReview").getId(), Map.of("decision", "reject", "opinion", "材料不全"));
        assertThat(recorder.sent).containsExactly(
                "group:society-XH7:「变更登记 · 测试学会」：学会部审核变更申请已办理:/changes/8",
                "group:society-XH7:「变更登记 · 测试学会」已办结：不予变更:/changes/8");
    }

    @Test
    void anAssignedTaskTellsOnlyItsAssigneeAndACancellationIsAnEnd() {
        ProcessInstance pi = start("zhang");
        tasks.complete(task(pi, "SubmitRequest").getId());
        tasks.complete(task(pi, "AffairsReview").getId(), Map.of("decision", "approve"));
        Task filing = task(pi, "Filing");
        assertThat(recorder.sent).contains("user:zhang:新待办：报送登记（变更登记 · 测试学会）:/camunda/app/tasklist/default/#/?task="
                + filing.getId()).noneMatch(s -> s.startsWith("user:clerk"));

        recorder.sent.clear();
        runtime.deleteProcessInstance(pi.getId(), "学会已退出");
        assertThat(recorder.sent).containsExactly("group:society-XH7:「变更登记 · 测试学会」已终止:/changes/8");
    }

    @Test
    void everyCandidateGroupOfATaskOfNoApplicationIsToldAndNothingElse() {
        ProcessInstance pi = runtime.startProcessInstanceByKey("campaign");
        Task plan = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        String link = "/camunda/app/tasklist/default/#/?task=" + plan.getId();
        assertThat(recorder.sent).containsExactlyInAnyOrder("group:society-affairs:新待办：制定年检方案:" + link,
                "group:leadership:新待办：制定年检方案:" + link);
        recorder.sent.clear();
        tasks.complete(plan.getId());
        assertThat(recorder.sent).isEmpty();
    }
}
