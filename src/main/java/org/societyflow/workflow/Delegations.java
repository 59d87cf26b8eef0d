package org.societyflow.workflow;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which 委派 forms an application's progress section offers the user: 委派 on the open tasks they hold, 交回 on the
 * tasks delegated to them.
 */
@Service("delegations")
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Delegations {

    private final TaskService taskService;
    private final ApprovalOperations operations;

    /** The open tasks of the application the user holds and may delegate (not while a delegation is pending). */
    public List<Task> delegable(String businessKey, CurrentUser user) {
        return open(businessKey).stream()
                .filter(t -> t.getDelegationState() != DelegationState.PENDING && operations.holds(t, user)).toList();
    }

    /** The tasks of the application delegated to the user and not yet given back. */
    public List<Task> delegatedTo(String businessKey, CurrentUser user) {
        return open(businessKey).stream()
                .filter(t -> t.getDelegationState() == DelegationState.PENDING && user.userId().equals(t.getAssignee()))
                .toList();
    }

    private List<Task> open(String businessKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc().list();
    }
}
