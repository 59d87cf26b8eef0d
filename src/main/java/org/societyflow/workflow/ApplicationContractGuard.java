package org.societyflow.workflow;

import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.societyflow.shared.ProcessVariables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An application process (one a {@link SubmissionCheck} answers for) sets {@link ProcessVariables#APPLICATION} before
 * its first user task: without a title and a link the task shows on no home page, card or notification. No model
 * shows whether its Java side did, so every user task of such a process checks it when it is created and fails the
 * transaction, naming what is missing. The process tests, whose engine has no Spring and no such plugin, see none of
 * it; the checks are looked up when a task is created, since the engine is built before the beans.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApplicationContractGuard extends AbstractProcessEnginePlugin {

    private final ObjectProvider<SubmissionCheck> checks;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
                            task -> check(processKey, task));
                }
            }
        });
    }

    void check(String processKey, DelegateTask task) {
        if (checks.stream().noneMatch(check -> check.processDefinitionKey().equals(processKey))) {
            return;
        }
        List<String> required = ProcessVariables.APPLICATION.stream().map(ProcessVariables.Var::name).toList();
        List<String> missing = required.stream()
                .filter(name -> task.getVariable(name) == null || "".equals(task.getVariable(name))).toList();
        if (!missing.isEmpty()) {
            throw new ProcessEngineException("流程 " + processKey + " 创建用户任务 " + task.getTaskDefinitionKey()
                    + " 时缺少流程变量 " + String.join("、", missing) + " (an application process sets "
                    + String.join(", ", required) + " before its first user task; missing: " + String.join(", ", missing)
                    + ")");
        }
    }
}
