package org.societyflow.workflow;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.societyflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Every process instance carries its business key, the application number, as the variable
 * {@link ProcessVariables#APPLICATION_NO} from its start, so Tasklist's cards can show it (the filters' card variables,
 * {@code identity/GroupSetup}). A built-in listener: it runs also where custom listeners are skipped.
 */
@Component
class ApplicationNumberVariable extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) ApplicationNumberVariable::set);
            }
        });
    }

    static void set(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey != null && !businessKey.isBlank() && execution.getVariable(ProcessVariables.APPLICATION_NO.name()) == null) {
            ProcessVariables.APPLICATION_NO.set(execution, businessKey);
        }
    }
}
