package org.societyflow.grant;

import static org.societyflow.shared.ProcessVariables.Grant.EXPERT;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.societyflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The listener of an expert's scoring task. On create it gives the task its own, empty scoring variables (local to
 * the expert's branch of the parallel review), so no expert sees or inherits another's; on complete it requires a
 * declared conflict with its reason, or the four scores (0–100) and a comment, and records them.
 */
@Component("expertScoring")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExpertScoring implements TaskListener {

    static final String[] CRITERIA = {ProcessVariables.ExpertScore.INNOVATION.name(), ProcessVariables.ExpertScore.FEASIBILITY.name(), ProcessVariables.ExpertScore.IMPACT.name(),
            ProcessVariables.ExpertScore.BUDGET_SCORE.name()};
    static final int MAX_TEXT = 2000;

    private final ExpertReviewRepository reviews;

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            VariableScope branch = branchOf(task);
            branch.setVariableLocal(ProcessVariables.ExpertScore.CONFLICT.name(), false);
            branch.setVariableLocal(ProcessVariables.ExpertScore.CONFLICT_REASON.name(), null);
            for (String criterion : CRITERIA) {
                branch.setVariableLocal(criterion, null);
            }
            branch.setVariableLocal(ProcessVariables.ExpertScore.COMMENT.name(), null);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            record(task);
        }
    }

    /**
     * The expert's own copy of the review subprocess: the scope that holds {@code expert} locally. Not the task's
     * execution, which the boundary timer makes a scope of its own that ends with the task, before the gateway reads.
     */
    static VariableScope branchOf(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        while (!execution.hasVariableLocal(EXPERT.name()) && execution.getParent() != null) {
            execution = execution.getParent();
        }
        return execution;
    }

    private void record(DelegateTask task) {
        String subject = task.getExecution().getProcessBusinessKey();
        ExpertReview review = reviews.findBySubjectKeyOrderByIdAsc(subject).stream()
                .filter(r -> r.getExpert().equals(task.getAssignee()) && r.getStatus() == ReviewStatus.ASSIGNED)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new FormFieldValidationException(ProcessVariables.ExpertScore.CONFLICT.name(),
                        "本评审不属于 " + task.getAssignee() + " 或已结束 (this review is not open for the assignee)"));
        if (Boolean.TRUE.equals(ProcessVariables.ExpertScore.CONFLICT.of(task))) {
            review.declined(text(task, ProcessVariables.ExpertScore.CONFLICT_REASON.name(), "请说明回避理由 (give the reason for the conflict of interest)"));
            return;
        }
        int[] scores = new int[CRITERIA.length];
        for (int i = 0; i < CRITERIA.length; i++) {
            Object value = task.getVariable(CRITERIA[i]);
            if (!(value instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 100 || n.doubleValue() % 1 != 0) {
                throw new FormFieldValidationException(CRITERIA[i], "请给出 0–100 的整数分 (a whole score from 0 to 100)");
            }
            scores[i] = n.intValue();
        }
        review.scored(scores[0], scores[1], scores[2], scores[3],
                text(task, ProcessVariables.ExpertScore.COMMENT.name(), "请填写评审意见 (a comment is required)"));
    }

    private static String text(DelegateTask task, String name, String message) {
        Object value = task.getVariable(name);
        if (!(value instanceof String s) || s.isBlank() || s.length() > MAX_TEXT) {
            throw new FormFieldValidationException(name, message + "，不超过" + MAX_TEXT + "字");
        }
        return s.strip();
    }
}
