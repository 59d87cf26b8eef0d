package org.societyflow.workflow;

import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.societyflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The one task listener of every reviewer task (docs/ARCHITECTURE.md §4). On create it begins a {@link ReviewRound},
 * so a task is never completed with a stale decision; on complete it requires a decision the
 * step allows and an opinion, and records them as a {@link ReviewOpinion}. A refusal is a form
 * validation error, which the REST API and Tasklist report as 400 and which rolls the completion back.
 */
@Component("reviewOpinionRecorder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewOpinionRecorder implements TaskListener {

    static final Set<String> DECISIONS = Set.of("approve", "reject", "return", "extend");
    static final int MAX_OPINION = 2000;

    private final ReviewOpinionRepository opinions;
    private final IdentityService identityService;

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ReviewRound.begin(task);
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        // read raw: what a form or REST client sent may be of any type, and is refused as a form error
        Object decision = task.getVariable(ProcessVariables.DECISION.name());
        Object opinion = task.getVariable(ProcessVariables.OPINION.name());
        if (!(decision instanceof String d) || !DECISIONS.contains(d)) {
            throw new FormFieldValidationException(ProcessVariables.DECISION.name(),
                    "请选择审核结论 (decision must be one of " + String.join(", ", new java.util.TreeSet<>(DECISIONS)) + ")");
        }
        if (!(opinion instanceof String o) || o.isBlank() || o.length() > MAX_OPINION) {
            throw new FormFieldValidationException(ProcessVariables.OPINION.name(),
                    "请填写审核意见，不超过" + MAX_OPINION + "字 (opinion is required, at most " + MAX_OPINION + " characters)");
        }
        opinions.save(new ReviewOpinion(businessKey(task), task.getProcessInstanceId(), task.getId(),
                task.getTaskDefinitionKey(), task.getName(), whoCompleted(task), d, o.strip()));
    }

    private String whoCompleted(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }

    private static String businessKey(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }
}
