package org.societyflow.workflow;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.identity.PeoplePicker;
import org.societyflow.identity.PeoplePicker.Person;
import org.societyflow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom the approval operations offer, by name and department: for 转办 and 委派 of a task, the other members of its
 * candidate groups (whom {@link ApprovalOperations} accepts); for 抄送, the other 科协 staff and the experts (whom
 * {@link Copies} accepts). For 科协 staff only: the lists name people, and societies and experts read no accounts.
 * Templates reach it as {@code @approvalPeople}.
 */
@Service("approvalPeople")
@Transactional(readOnly = true)
public class ApprovalPeople {

    private final PeoplePicker picker;
    private final TaskService taskService;
    private final ApprovalOperations operations;

    ApprovalPeople(PeoplePicker picker, TaskService taskService, ApprovalOperations operations) {
        this.picker = picker;
        this.taskService = taskService;
        this.operations = operations;
    }

    /** 转办 and 委派 of the task: the other members of its candidate groups. */
    public List<Person> colleagues(String taskId, CurrentUser user) {
        requireStaff(user);
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("task", taskId);
        }
        return picker.membersOf(operations.candidateGroups(task), user.userId());
    }

    /** 转办 of a step of the application from its page: the colleagues of its open task (none when it has none). */
    public List<Person> colleaguesAt(String businessKey, String activityId, CurrentUser user) {
        requireStaff(user);
        try {
            return colleagues(operations.openTask(businessKey, activityId), user);
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** 抄送: the other 科协 staff and the experts. */
    public List<Person> recipients(CurrentUser user) {
        requireStaff(user);
        Set<String> groups = Stream.concat(Groups.STAFF.stream(), Stream.of(Groups.EXPERTS)).collect(Collectors.toSet());
        return picker.membersOf(groups, user.userId());
    }

    private static void requireStaff(CurrentUser user) {
        if (user == null || !user.isStaff() || user.isSociety()) {
            throw new AccessDeniedException("staff only");
        }
    }
}
