package org.societyflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.societyflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * A formal check that may send an application back for corrections once (grant rules: "return once for
 * corrections"): the second return is refused as a form error, so the reviewer must approve or reject.
 * Runs before the {@link ReviewOpinionRecorder}, so a refused return records no opinion.
 */
@Component("oneReturn")
public class OneReturn implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!"return".equals(task.getVariable(ProcessVariables.DECISION.name()))) {
            return;
        }
        if (Boolean.TRUE.equals(ProcessVariables.Grant.RETURNED.of(task))) {
            throw new FormFieldValidationException(ProcessVariables.DECISION.name(),
                    "已退回补正过一次，请作出通过或不予受理的结论 (already returned once: approve or reject)");
        }
        ProcessVariables.Grant.RETURNED.set(task.getExecution().getProcessInstance(), true);
    }
}
