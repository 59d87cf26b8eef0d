package org.societyflow.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.notification.NotificationService;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval operations Chinese approval systems have and stock Tasklist lacks, for every process alike:
 * 退回 (send an application back to a step it has passed), 转办 (hand a task to a colleague), 委派 (let a colleague
 * work on it and give it back) and 催办 (urge whoever holds the current step). Each is recorded in the application's opinion timeline with who and when; the engine's operation
 * log keeps the reassignment too, and the modification with its annotation. {@link Corrections} (补正) and
 * {@link Withdrawals} (撤回) move applications through {@link #move}, which reopens a society step's data.
 */
@Service
@Transactional
public class ApprovalOperations {

    static final int MAX_REASON = 1000;
    static final String SEND_BACK = "sendBack";
    static final String TRANSFER = "transfer";
    static final String URGE = "urge";
    static final String DELEGATE = "delegate";
    static final String RESOLVE = "resolve";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ReviewOpinionRepository opinions;
    private final NotificationService notifications;
    private final ProcessProgressService progress;
    private final SocietySteps societySteps;
    private final ChineseTexts texts;

    ApprovalOperations(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
                       ReviewOpinionRepository opinions, NotificationService notifications,
                       ProcessProgressService progress, SocietySteps societySteps, ChineseTexts texts) {
        this.texts = texts;
        this.progress = progress;
        this.societySteps = societySteps;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.opinions = opinions;
        this.notifications = notifications;
    }

    /** The steps the application may be sent back to (see {@link ProcessProgressService#sendBackSteps}). */
    @Transactional(readOnly = true)
    public List<ApplicationProgress.Target> passedSteps(String businessKey) {
        return progress.progress(businessKey).sendBackTo();
    }

    /** The open task of a step of the application (for 转办 from its page). */
    @Transactional(readOnly = true)
    public String openTask(String businessKey, String activityId) {
        ProcessInstance instance = runningApplication(businessKey);
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).list().stream()
                .findFirst().map(Task::getId).orElseThrow(() -> new NotFoundException("task", activityId));
    }

    /** 退回: cancels the current step and opens the passed step again, with the reason in the timeline and the log. */
    public void sendBack(String businessKey, String activityId, String reason, CurrentUser user) {
        String why = reason(reason);
        ProcessInstance instance = runningApplication(businessKey);
        Task current = heldStep(instance, user);
        ApplicationProgress.Target target = passedSteps(businessKey).stream().filter(s -> s.activityId().equals(activityId)).findFirst()
                .orElseThrow(() -> new InvalidInputException(Map.of("activityId", "approval.notPassed")));
        String annotation = texts.text("approval.log.sentBack", target.name(), why);
        move(instance, activityId, annotation);
        record(instance, current, user, SEND_BACK, annotation);
    }

    /**
     * Moves the application to a step; a society step opens for editing again, with the variables (its deadline) the
     * process's own return would set. The holder of a step may move it (checked by the caller); reviewers have no engine
     * permission to modify instances, so the move runs as the application, and the timeline records who asked for it.
     */
    void move(ProcessInstance instance, String activityId, String annotation) {
        if (societySteps.isSocietyStep(instance.getProcessDefinitionId(), activityId)) {
            runtimeService.setVariables(instance.getId(),
                    societySteps.reopen(instance.getProcessDefinitionId(), instance.getBusinessKey(), activityId));
        }
        StepMove.to(runtimeService, instance.getId(), activityId, annotation);
    }

    /** The one open step of the application, which the user holds: 退回 and 补正 start from it. */
    Task heldStep(ProcessInstance instance, CurrentUser user) {
        Task current = currentTask(instance);
        if (current == null) {
            throw new BusinessRuleException("approval.notSingleStep");
        }
        requireHolder(current, user);
        return current;
    }

    /** 转办: the task goes to a colleague who may do it (a member of one of its candidate groups). */
    public void transfer(String taskId, String toUser, String reason, CurrentUser user) {
        String why = reason(reason);
        Task task = openTaskForColleague(taskId, toUser, user);
        String to = toUser.strip();
        AsUser.run(identityService, user, () -> taskService.setAssignee(taskId, to));
        record(instanceOf(task), task, user, TRANSFER, texts.text("approval.log.transferred", to, why));
        notifications.notifyUser(to, texts.text("approval.notice.transferred", task.getName()), link(task));
    }

    /** 委派: a colleague of the step's group works on the task and gives it back; the holder stays its owner. */
    public void delegate(String taskId, String toUser, String reason, CurrentUser user) {
        String why = reason(reason);
        Task task = openTaskForColleague(taskId, toUser, user);
        String to = toUser.strip();
        AsUser.run(identityService, user, () -> {
            if (task.getAssignee() == null) {
                taskService.setAssignee(taskId, user.userId());
            }
            taskService.delegateTask(taskId, to);
        });
        record(instanceOf(task), task, user, DELEGATE, texts.text("approval.log.delegated", to, why));
        notifications.notifyUser(to, texts.text("approval.notice.delegated", task.getName()), link(task));
    }

    /** The delegate gives the task back to its owner, with what they did. */
    public void resolve(String taskId, String note, CurrentUser user) {
        String why = reason(note);
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new NotFoundException("task", taskId);
        }
        if (task.getDelegationState() != org.camunda.bpm.engine.task.DelegationState.PENDING
                || !user.userId().equals(task.getAssignee())) {
            throw new AccessDeniedException("not delegated to " + user.userId());
        }
        AsUser.run(identityService, user, () -> taskService.resolveTask(taskId));
        record(instanceOf(task), task, user, RESOLVE, texts.text("approval.log.resolved", task.getOwner(), why));
        notifications.notifyUser(task.getOwner(), texts.text("approval.notice.resolved", task.getName()), link(task));
    }

    /** 催办: everyone who holds an open step of the application is reminded; who urged and when is recorded. */
    public int urge(String businessKey, CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        ProcessInstance instance = runningApplication(businessKey);
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).initializeFormKeys().list();
        for (Task task : open) {
            String title = texts.text("approval.notice.urged", task.getName(), businessKey);
            if (task.getAssignee() != null) {
                notifications.notifyUser(task.getAssignee(), title, link(task));
            } else {
                candidateGroups(task).forEach(group -> notifications.notifyGroup(group, title, link(task)));
            }
        }
        if (!open.isEmpty()) {
            record(instance, open.get(0), user, URGE, texts.text("approval.log.urged",
                    open.stream().map(Task::getName).distinct().collect(Collectors.joining("、"))));
        }
        return open.size();
    }

    /** The open task the user holds, and a colleague of its group (not the user) to hand it to. */
    private Task openTaskForColleague(String taskId, String toUser, CurrentUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new NotFoundException("task", taskId);
        }
        requireHolder(task, user);
        Set<String> groups = candidateGroups(task);
        String to = toUser == null ? "" : toUser.strip();
        boolean eligible = !to.isEmpty() && !to.equals(user.userId())
                && identityService.createUserQuery().userId(to).count() == 1
                && identityService.createGroupQuery().groupMember(to).list().stream().anyMatch(g -> groups.contains(g.getId()));
        if (!eligible) {
            FormValidator.throwIfAny(Map.of("toUser", "approval.notAColleague"));
        }
        return task;
    }

    private ProcessInstance instanceOf(Task task) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    }

    private void requireHolder(Task task, CurrentUser user) {
        if (!holds(task, user)) {
            throw new AccessDeniedException("not the holder of " + task.getId());
        }
    }

    /** Whether the user may work on the task: its assignee, a member of its groups while unassigned, or an admin. */
    boolean holds(Task task, CurrentUser user) {
        boolean holds = user.userId().equals(task.getAssignee())
                || (task.getAssignee() == null && candidateGroups(task).stream().anyMatch(user::isIn))
                || user.isIn(Groups.ADMIN);
        return holds && !user.isSociety();
    }

    Set<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).collect(Collectors.toSet());
    }

    /** The one open task of the application's own instance, or null when there is none or more than one. */
    private Task currentTask(ProcessInstance instance) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
        ActivityInstance tree = runtimeService.getActivityInstance(instance.getId());
        return tasks.size() == 1 && tree.getChildActivityInstances().length == 1 ? tasks.get(0) : null;
    }

    /** The application's own instance while it runs (not a process it called with the same key). */
    ProcessInstance runningApplication(String businessKey) {
        var own = progress.applicationInstance(businessKey);
        ProcessInstance instance = own == null || own.getEndTime() != null ? null
                : runtimeService.createProcessInstanceQuery().processInstanceId(own.getId()).singleResult();
        if (instance == null) {
            throw new NotFoundException("running application", businessKey);
        }
        return instance;
    }

    void record(ProcessInstance instance, Task task, CurrentUser user, String kind, String text) {
        opinions.save(new ReviewOpinion(instance.getBusinessKey(), instance.getId(), task.getId(), task.getTaskDefinitionKey(),
                task.getName(), user.userId(), kind, text));
    }


    static String link(Task task) {
        return task.getFormKey() != null && task.getFormKey().startsWith("/") ? task.getFormKey()
                : PortalTaskService.TASKLIST + task.getId();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            FormValidator.throwIfAny(Map.of("reason", "approval.reasonRequired"));
        }
        return reason.strip();
    }
}
