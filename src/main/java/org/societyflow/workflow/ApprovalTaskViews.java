package org.societyflow.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.PersonNames;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Tasklist plugin's 审批操作 tab shows of a task: the application it belongs to, its opinion timeline, and
 * the steps it may be sent back to. Whom it may be handed or copied to, by name, the tab asks {@link ApprovalPeople}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApprovalTaskViews {

    public record TimelineEntry(String step, String user, String kind, String label, String text, Instant at) {
    }

    public record Csrf(String headerName, String token) {
    }

    public record ApprovalTaskView(String taskId, String taskName, String businessKey, String title, String assignee,
                                   String owner, boolean holder, boolean delegatedToMe,
                                   List<ApplicationProgress.Target> passedSteps, List<TimelineEntry> timeline,
                                   String sheet, Csrf csrf) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ApprovalOperations operations;
    private final ProcessProgressService progress;
    private final MessageSource messages;
    private final PersonNames names;

    public ApprovalTaskView of(String taskId, CurrentUser user, Csrf csrf) {
        if (!user.isStaff() || user.isSociety()) {
            throw new AccessDeniedException("staff only");
        }
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("task", taskId);
        }
        String businessKey = task.getProcessInstanceId() == null ? null : runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        Map<String, Object> subject = businessKey == null ? null : progress.subject(businessKey);
        if (subject == null) {
            // a task of no application (a standalone task, a process started without a number): nothing to operate on
            return new ApprovalTaskView(task.getId(), task.getName(), null, null, task.getAssignee(), task.getOwner(),
                    false, false, List.of(), List.of(), null, csrf);
        }
        ApplicationProgress where = progress.progress(businessKey);
        return new ApprovalTaskView(task.getId(), task.getName(), businessKey, ProcessVariables.TITLE.from(subject),
                task.getAssignee(), task.getOwner(), operations.holds(task, user),
                task.getDelegationState() == DelegationState.PENDING && user.userId().equals(task.getAssignee()),
                where.sendBackTo(),
                where.opinions().stream().map(this::entry).toList(), "/approvals/" + businessKey + "/sheet", csrf);
    }

    private TimelineEntry entry(ReviewOpinion o) {
        String label = messages.getMessage("decision." + o.getDecision(), null, o.getDecision(), LocaleContextHolder.getLocale());
        return new TimelineEntry(o.getTaskName(), names.of(o.getUserId()), o.getDecision(), label, o.getOpinion(), o.getCreatedAt());
    }
}
