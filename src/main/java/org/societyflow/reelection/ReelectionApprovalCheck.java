package org.societyflow.reelection;

import static org.societyflow.shared.ProcessVariables.DECISION;
import static org.societyflow.shared.ProcessVariables.Reelection.EXCEPTION_GRANTED;
import static org.societyflow.shared.ProcessVariables.Reelection.EXCEPTION_MEMBERS_PRESENT;
import static org.societyflow.shared.ProcessVariables.Reelection.EXCEPTION_REASON;
import static org.societyflow.shared.ProcessVariables.Reelection.EXCEPTION_VOTES_FOR;
import static org.societyflow.shared.ProcessVariables.Reelection.FLAGGED_CANDIDATES;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.societyflow.shared.ChineseTexts;
import org.springframework.stereotype.Component;

/**
 * The leader's 批准换届 on {@code ApproveReelection}: a plan with flagged candidates is approved only with the exception,
 * its reason, and the members' vote the plan records (checked against the configured share when it was submitted).
 * Without them the completion is refused as a form error naming the field — not taken as a silent "return", so
 * the leader sees why and chooses: grant the exception or return the plan.
 */
@Component("reelectionApprovalCheck")
public class ReelectionApprovalCheck implements TaskListener {

    static final String APPROVE = "approve";

    @Override
    public void notify(DelegateTask task) {
        Integer flagged = FLAGGED_CANDIDATES.of(task);
        // the form's fields read raw: a REST client may send any type, and is refused as a form error
        if (!APPROVE.equals(task.getVariable(DECISION.name())) || flagged == null || flagged == 0) {
            return;
        }
        if (!Boolean.TRUE.equals(task.getVariable(EXCEPTION_GRANTED.name()))) {
            throw refused(EXCEPTION_GRANTED.name(), "reelection.approval.exceptionRequired", flagged);
        }
        if (!(task.getVariable(EXCEPTION_REASON.name()) instanceof String reason) || reason.isBlank()) {
            throw refused(EXCEPTION_REASON.name(), "reelection.approval.exceptionReasonRequired");
        }
        if (EXCEPTION_VOTES_FOR.of(task) == null || EXCEPTION_MEMBERS_PRESENT.of(task) == null) {
            throw refused(EXCEPTION_GRANTED.name(), "reelection.approval.voteMissing");
        }
    }

    private static FormFieldValidationException refused(String field, String key, Object... args) {
        return new FormFieldValidationException(field, ChineseTexts.format(key, args));
    }
}
