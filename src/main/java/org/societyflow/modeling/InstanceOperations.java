package org.societyflow.modeling;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.workflow.AsUser;
import org.societyflow.workflow.StepMove;
import org.springframework.stereotype.Service;

/**
 * What Cockpit's free edition lacks: move an instance to another step or cancel it, each with a reason kept in its
 * history (the modification's annotation in the operation log, the cancellation's delete reason), and retry failed
 * jobs in bulk. Admins only.
 */
@Service
public class InstanceOperations {

    static final int MAX_REASON = 1000;

    /** A running instance with where it stands. */
    public record Running(String id, String businessKey, String definitionId, List<String> activities, long failedJobs) {
    }

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    InstanceOperations(RuntimeService runtimeService, RepositoryService repositoryService,
                       ManagementService managementService, HistoryService historyService, IdentityService identityService) {
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.historyService = historyService;
    }

    public List<Running> running(String definitionId, CurrentUser user) {
        ModelAdmins.require(user);
        List<Running> list = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId)
                .orderByProcessInstanceId().asc().listPage(0, 200)) {
            list.add(new Running(instance.getId(), instance.getBusinessKey(), definitionId, activeActivities(instance.getId()),
                    managementService.createJobQuery().processInstanceId(instance.getId()).noRetriesLeft().count()));
        }
        return list;
    }

    /** The steps an admin may move an instance to: the definition's flow nodes. */
    public List<FlowNode> steps(String definitionId, CurrentUser user) {
        ModelAdmins.require(user);
        return new ArrayList<>(repositoryService.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class));
    }

    /** Cancels every active step of the instance and starts it before {@code activityId}. */
    public void moveTo(String instanceId, String activityId, String reason, CurrentUser user) {
        ModelAdmins.require(user);
        ProcessInstance instance = instance(instanceId);
        if (activityId == null || activityId.isBlank()) {
            // the page's select starts at 请选择: a move needs a step chosen, never a default
            FormValidator.throwIfAny(java.util.Map.of("activityId", "instance.stepRequired"));
        }
        String why = reason(reason);
        boolean known = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId())
                .getModelElementById(activityId) instanceof FlowNode;
        if (!known) {
            FormValidator.throwIfAny(java.util.Map.of("activityId", "instance.unknownStep"));
        }
        AsUser.run(identityService, user, () -> StepMove.to(runtimeService, instanceId, activityId, why));
    }

    public void cancel(String instanceId, String reason, CurrentUser user) {
        ModelAdmins.require(user);
        instance(instanceId);
        String why = reason(reason);
        AsUser.run(identityService, user, () -> runtimeService.deleteProcessInstance(instanceId, why));
    }


    /** Gives every failed job (of one definition, or all) one more try; returns how many. */
    public int retryFailedJobs(String definitionId, CurrentUser user) {
        ModelAdmins.require(user);
        var query = managementService.createJobQuery().noRetriesLeft();
        if (definitionId != null && !definitionId.isBlank()) {
            query.processDefinitionId(definitionId);
        }
        List<String> ids = query.list().stream().map(Job::getId).toList();
        if (!ids.isEmpty()) {
            managementService.setJobRetries(ids, 1);
        }
        return ids.size();
    }

    /** Why the instance ended, as its history keeps it (a cancellation's reason). */
    public String endReason(String instanceId, CurrentUser user) {
        ModelAdmins.require(user);
        var historic = historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        return historic == null ? null : historic.getDeleteReason();
    }

    private List<String> activeActivities(String instanceId) {
        return runtimeService.getActiveActivityIds(instanceId);
    }

    private ProcessInstance instance(String instanceId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        if (instance == null) {
            throw new NotFoundException("process instance", instanceId);
        }
        return instance;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            FormValidator.throwIfAny(java.util.Map.of("reason", "instance.reasonRequired"));
        }
        return reason.strip();
    }
}
