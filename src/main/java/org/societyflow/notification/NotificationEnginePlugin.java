package org.societyflow.notification;

import java.util.ArrayList;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds {@link ProcessNotifications} to every model the engine deploys: a create and a complete listener on each
 * user task, an end listener on each process. The models stay as they are; the process tests, whose engine has no
 * Spring and no such plugin, see none of it. The listener bean is looked up when a listener fires, since the engine
 * is built before the beans it needs.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ProcessNotifications> notifications;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new ParseListener());
    }

    private class ParseListener extends AbstractBpmnParseListener {

        private final TaskListener taskListener = (DelegateTask task) -> notifications.getObject().notify(task);
        private final ExecutionListener endListener =
                (DelegateExecution execution) -> notifications.getObject().notify(execution);

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, taskListener);
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, taskListener);
            }
        }

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.addListener(ExecutionListener.EVENTNAME_END, endListener);
        }
    }
}
