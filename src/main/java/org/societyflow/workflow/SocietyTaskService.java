package org.societyflow.workflow;

import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Society tasks are user tasks of the group {@code society-<code>} done in the portal. The feature
 * service saves the submitted data, then completes the task here in the same transaction, so the data
 * and the step move together or not at all.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SocietyTaskService {

    private final TaskService taskService;

    /** The open society task of an application, if the process is waiting for the society at that step. */
    @Transactional(readOnly = true)
    public Optional<Task> openTask(String businessKey, String taskDefinitionKey, String societyCode) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).taskCandidateGroup(Groups.ofSociety(societyCode))
                .includeAssignedTasks().list().stream().findFirst();
    }

    /** The open task of an application assigned to one person (an applicant who has no society yet). */
    @Transactional(readOnly = true)
    public Optional<Task> openTaskOf(String businessKey, String taskDefinitionKey, String assignee) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).taskAssignee(assignee).list().stream().findFirst();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(Task task, String userId, Map<String, Object> variables) {
        taskService.setAssignee(task.getId(), userId);
        taskService.complete(task.getId(), variables);
    }
}
