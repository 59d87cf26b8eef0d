package org.societyflow.workflow;

import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤回 is for an application no reviewer has touched yet: submitted (no society step is open, and the society passed
 * one or its submission started the process), no reviewer task claimed or completed — in the application or a process it called — and no opinion
 * recorded but the society's own withdrawals and staff's reminders.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WithdrawalRule {

    /** Timeline entries that are no review. */
    private static final Set<String> NOT_A_REVIEW = Set.of(Withdrawals.WITHDRAW, ApprovalOperations.URGE);

    private final HistoryService historyService;
    private final SocietySteps societySteps;
    private final ReviewOpinionRepository opinions;

    /** Null when the society may withdraw the application now, else the message key saying why not. */
    String refusal(String businessKey, String processInstanceId, String processDefinitionId) {
        var visits = societySteps.visits(processInstanceId, processDefinitionId);
        if (visits.stream().anyMatch(a -> a.getEndTime() == null)
                || societySteps.withdrawalStep(processInstanceId, processDefinitionId).isEmpty()) {
            return "withdrawal.notSubmitted";
        }
        boolean touched = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey).list()
                .stream().filter(t -> !societySteps.isSocietyStep(t.getProcessDefinitionId(), t.getTaskDefinitionKey()))
                .anyMatch(WithdrawalRule::claimedOrCompleted);
        boolean reviewed = opinions.findByBusinessKeyOrderByCreatedAtAscIdAsc(businessKey).stream()
                .anyMatch(o -> !NOT_A_REVIEW.contains(o.getDecision()));
        return touched || reviewed ? "withdrawal.reviewed" : null;
    }

    private static boolean claimedOrCompleted(HistoricTaskInstance task) {
        return task.getAssignee() != null || "completed".equals(task.getDeleteReason());
    }
}
