package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.societyflow.shared.ProcessVariables;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * On an engine of its own with {@link ApplicationContractGuard}: a user task of an application process (one a
 * {@link SubmissionCheck} answers for) is not created without the application's variables; other processes are free.
 */
class ApplicationContractGuardTest {

    static ProcessEngine engine;

    /** Answers for the process {@code application} only. */
    static class Check implements SubmissionCheck {

        @Override
        public String processDefinitionKey() {
            return "application";
        }

        @Override
        public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
            return true;
        }

        @Override
        public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
            return Map.of();
        }

        @Override
        public Map<String, String> correctableFields(String taskDefinitionKey) {
            return Map.of();
        }
    }

    @BeforeAll
    static void engineWithTheGuard() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("check", new Check()));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("application-contract");
        configuration.setJdbcUrl("jdbc:h2:mem:application-contract;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new ApplicationContractGuard(beans.getBeanProvider(SubmissionCheck.class)));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("application.bpmn", oneTask("application"))
                .addModelInstance("other.bpmn", oneTask("other")).deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void anApplicationsTaskNeedsItsTitleLinkAndId() {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("application",
                Map.of(ProcessVariables.TITLE.name(), "变更登记 · 测试学会")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Work").hasMessageContaining("applicationId, applicationLink");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("application").count())
                .as("rolled back").isZero();

        engine.getRuntimeService().startProcessInstanceByKey("application", Map.ofEntries(
                ProcessVariables.APPLICATION_ID.entry(7L), ProcessVariables.TITLE.entry("变更登记 · 测试学会"),
                ProcessVariables.APPLICATION_LINK.entry("/changes/7")));
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("application").count()).isOne();
    }

    @Test
    void aProcessNoCheckAnswersForIsFree() {
        engine.getRuntimeService().startProcessInstanceByKey("other");
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("other").count()).isOne();
    }

    static BpmnModelInstance oneTask(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                .userTask("Work").camundaCandidateGroups("society-affairs").endEvent().done();
    }
}
