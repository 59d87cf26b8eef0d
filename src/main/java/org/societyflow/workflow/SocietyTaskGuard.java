package org.societyflow.workflow;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The task listener of every society task: completing one without the data the portal collects (say,
 * straight through the engine REST API) is refused and changes nothing. Completing one resolves its open 补正.
 */
@Component("societyTaskGuard")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SocietyTaskGuard implements TaskListener {

    private final List<SubmissionCheck> checks;
    private final CorrectionNotices corrections;

    @Override
    public void notify(DelegateTask task) {
        String processKey = processOf(task.getBpmnModelElementInstance()).getId();
        String businessKey = task.getExecution().getProcessBusinessKey();
        boolean submitted = checks.stream()
                .filter(check -> check.processDefinitionKey().equals(processKey))
                .anyMatch(check -> check.isSubmitted(businessKey, task.getTaskDefinitionKey()));
        if (!submitted) {
            throw new FormFieldValidationException("submission",
                    "请在门户中填写并提交「" + task.getName() + "」(submit this task's data in the portal first)");
        }
        corrections.resolve(businessKey, task.getTaskDefinitionKey());
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance current = element;
        while (!(current instanceof Process process)) {
            current = current.getParentElement();
        }
        return process;
    }
}
