package org.societyflow.workflow;

import java.util.ArrayList;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.societyflow.shared.EngineClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One mechanism ends every application type whose process is cancelled: an admin's 取消实例 (模型管理, Cockpit, the REST
 * API), a society's exit (which deletes its other open processes), a parent's cancellation reaching a called one. A
 * built-in end listener on every process, so it runs also where custom listeners are skipped, sees the instance end
 * cancelled and hands its business key to the lifecycle of its process key, which marks the application 已终止 with the
 * authenticated user (the admin, or whoever completed the exit step; "system" for a timer) and the delete reason.
 * Processes without a lifecycle (a call, a campaign, an expert review sharing its caller's key) are left alone.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApplicationCancellation extends AbstractProcessEnginePlugin {

    static final String SYSTEM = "system";
    /** The width of the column {@code cancel_reason} (V19). */
    private static final int REASON_LENGTH = 1000;

    private final ObjectProvider<ApplicationLifecycle<?>> lifecycles;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                String processKey = processDefinition.getKey();
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END,
                        (ExecutionListener) execution -> ended(processKey, execution));
            }
        });
    }

    void ended(String processKey, DelegateExecution execution) {
        if (!(execution instanceof ExecutionEntity instance) || !instance.isProcessInstanceExecution()
                || !instance.isCanceled() || execution.getProcessBusinessKey() == null) {
            return;
        }
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Cancellation cancellation = new Cancellation(authentication == null ? SYSTEM : authentication.getUserId(),
                EngineClock.now(), reason(instance));
        lifecycles.stream().filter(l -> l.processDefinitionKey().equals(processKey))
                .forEach(l -> l.cancel(execution.getProcessBusinessKey(), cancellation));
    }

    /** The delete reason, at most what the column holds. */
    private static String reason(ExecutionEntity instance) {
        String reason = instance.getDeleteReason();
        return reason == null || reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
    }
}
