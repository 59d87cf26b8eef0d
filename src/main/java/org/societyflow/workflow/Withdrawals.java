package org.societyflow.workflow;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.notification.NotificationService;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.ProcessVariables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤回: the society takes its application back before its first review ({@link WithdrawalRule}). It returns to the
 * society's own submitting step as a draft to edit and submit again; the reviewers of the step are told.
 */
@Service
@Transactional
public class Withdrawals {

    static final String WITHDRAW = "withdraw";

    private final ApprovalOperations operations;
    private final WithdrawalRule rule;
    private final SocietySteps societySteps;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final NotificationService notifications;
    private final ChineseTexts texts;

    Withdrawals(ApprovalOperations operations, WithdrawalRule rule, SocietySteps societySteps,
                RuntimeService runtimeService, TaskService taskService, NotificationService notifications,
                ChineseTexts texts) {
        this.texts = texts;
        this.operations = operations;
        this.rule = rule;
        this.societySteps = societySteps;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.notifications = notifications;
    }

    public void withdraw(String businessKey, CurrentUser user) {
        ProcessInstance instance = operations.runningApplication(businessKey);
        requireOwner(instance, user);
        String refusal = rule.refusal(businessKey, instance.getId(), instance.getProcessDefinitionId());
        if (refusal != null) {
            throw new BusinessRuleException(refusal);
        }
        String step = societySteps.withdrawalStep(instance.getId(), instance.getProcessDefinitionId()).orElseThrow();
        List<Task> reviewing = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
        List<String> reviewers = reviewing.stream().flatMap(t -> operations.candidateGroups(t).stream()).distinct().toList();
        String text = texts.text("approval.log.withdrawn", societySteps.name(instance.getProcessDefinitionId(), step));
        operations.move(instance, step, text);
        if (!reviewing.isEmpty()) {
            operations.record(instance, reviewing.get(0), user, WITHDRAW, text);
        }
        String title = texts.text("approval.notice.withdrawn", businessKey);
        String link = "/approvals/" + businessKey + "/sheet";
        reviewers.forEach(group -> notifications.notifyGroup(group, title, link));
    }

    /** Only the application's own society, or the founding applicant; anyone else is refused outright. */
    private void requireOwner(ProcessInstance instance, CurrentUser user) {
        String society = ProcessVariables.SOCIETY_CODE.read(runtimeService.getVariable(instance.getId(),
                ProcessVariables.SOCIETY_CODE.name()));
        String applicant = ProcessVariables.APPLICANT.read(runtimeService.getVariable(instance.getId(),
                ProcessVariables.APPLICANT.name()));
        boolean own = society != null && user.isIn(Groups.ofSociety(society))
                || applicant != null && applicant.equals(user.userId());
        if (!own) {
            throw new AccessDeniedException("not the applicant of " + instance.getBusinessKey());
        }
    }
}
