package org.societyflow.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks of the logged-in user for the portal's home page. Society tasks link to their portal
 * page (their form key); reviewer tasks link to Camunda Tasklist, where they are done.
 */
@Service
@Transactional(readOnly = true)
public class PortalTaskService {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
    private static final int LIMIT = 50;

    private final TaskService taskService;
    private final RuntimeService runtimeService;

    PortalTaskService(TaskService taskService, RuntimeService runtimeService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    public List<PortalTask> openTasks(CurrentUser user) {
        List<Task> tasks = taskService.createTaskQuery()
                .or().taskCandidateGroupIn(new ArrayList<>(user.groups())).taskAssignee(user.userId()).endOr()
                .initializeFormKeys().orderByDueDate().asc().orderByTaskCreateTime().desc().listPage(0, LIMIT);
        return tasks.stream().map(this::portalTask).toList();
    }

    private PortalTask portalTask(Task task) {
        Map<String, Object> variables = runtimeService.getVariables(task.getExecutionId(), List.of("title"));
        String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        String formKey = task.getFormKey();
        String link = formKey != null && formKey.startsWith("/") ? formKey : TASKLIST + task.getId();
        return new PortalTask(task.getId(), task.getName(), (String) variables.get("title"), businessKey,
                task.getCreateTime().toInstant(), toInstant(task.getDueDate()), link);
    }

    private static java.time.Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
