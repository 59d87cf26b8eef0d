package org.societyflow.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Tasklist plugin's 审批操作 tab shows of a task: the application it belongs to, its opinion timeline, and
 * the choices of the operations (steps to send back to, colleagues to hand it to, staff to copy it to).
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
                                   List<ApplicationProgress.Target> passedSteps, List<String> colleagues,
                                   List<String> staff, List<TimelineEntry> timeline, String sheet, Csrf csrf) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final ApprovalOperations operations;
    private final ProcessProgressService progress;
    private final MessageSource messages;

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
                    false, false, List.of(), List.of(), List.of(), List.of(), null, csrf);
        }
        ApplicationProgress where = progress.progress(businessKey);
        List<String> colleagues = usersOf(operations.candidateGroups(task), user);
        return new ApprovalTaskView(task.getId(), task.getName(), businessKey, ProcessVariables.TITLE.from(subject),
                task.getAssignee(), task.getOwner(), operations.holds(task, user),
                task.getDelegationState() == DelegationState.PENDING && user.userId().equals(task.getAssignee()),
                where.sendBackTo(), colleagues, usersOf(Groups.STAFF, user),
                where.opinions().stream().map(this::entry).toList(), "/approvals/" + businessKey + "/sheet", csrf);
    }

    private TimelineEntry entry(ReviewOpinion o) {
        String label = messages.getMessage("decision." + o.getDecision(), null, o.getDecision(), LocaleContextHolder.getLocale());
        return new TimelineEntry(o.getTaskName(), o.getUserId(), o.getDecision(), label, o.getOpinion(), o.getCreatedAt());
    }

    /** The members of the groups but the user, by name (a society account is never staff's colleague). */
    private List<String> usersOf(java.util.Collection<String> groups, CurrentUser user) {
        TreeSet<String> ids = new TreeSet<>();
        for (String group : groups) {
            identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).forEach(ids::add);
        }
        ids.remove(user.userId());
        ids.removeIf(id -> identityService.createGroupQuery().groupMember(id).list().stream()
                .map(g -> Groups.societyCodeOf(g.getId())).anyMatch(Objects::nonNull));
        return List.copyOf(ids);
    }
}
