package org.societyflow.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks of the logged-in user for the portal's home page. Society tasks link to their portal
 * page (their form key); reviewer tasks link to Camunda Tasklist, where they are done.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PortalTaskService {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
    private static final int LIMIT = 50;
    private static final Comparator<Task> ORDER = Comparator
            .comparing(Task::getDueDate, Comparator.nullsFirst(Comparator.<Date>naturalOrder()))
            .thenComparing(Task::getCreateTime, Comparator.reverseOrder());

    private final TaskService taskService;
    private final RuntimeService runtimeService;

    /**
     * The tasks of the user's groups and those assigned to the user, soonest due first (undated first, as the
     * database orders them), then newest. Two indexed queries merged here: one query with "group or assignee"
     * read every open task of the engine, which grows with the number of societies (docs/PERFORMANCE.md).
     */
    public List<PortalTask> openTasks(CurrentUser user) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        if (!user.groups().isEmpty()) {
            firstPage(taskService.createTaskQuery().taskCandidateGroupIn(new ArrayList<>(user.groups())))
                    .forEach(task -> tasks.put(task.getId(), task));
        }
        firstPage(taskService.createTaskQuery().taskAssignee(user.userId()))
                .forEach(task -> tasks.putIfAbsent(task.getId(), task));
        return tasks.values().stream().sorted(ORDER).limit(LIMIT).map(this::portalTask).toList();
    }

    private static List<Task> firstPage(TaskQuery query) {
        return query.initializeFormKeys().orderByDueDate().asc().orderByTaskCreateTime().desc().listPage(0, LIMIT);
    }

    private PortalTask portalTask(Task task) {
        String title = ProcessVariables.TITLE.read(runtimeService.getVariable(task.getExecutionId(),
                ProcessVariables.TITLE.name()));
        String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        String formKey = task.getFormKey();
        String link = formKey != null && formKey.startsWith("/") ? formKey : TASKLIST + task.getId();
        return new PortalTask(task.getId(), task.getName(), title, businessKey,
                task.getCreateTime().toInstant(), toInstant(task.getDueDate()), link);
    }

    private static java.time.Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
