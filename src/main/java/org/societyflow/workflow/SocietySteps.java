package org.societyflow.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The steps of a process the applicant does rather than a reviewer: user tasks of the society's own group
 * ({@code society-${societyCode}}) or of the founding applicant ({@code ${applicant}}). Knows them from the model, so
 * every process alike, and asks the process's {@link SubmissionCheck} what opening one again means for its data.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SocietySteps {

    static final String SOCIETY_GROUP = "society-${societyCode}";
    static final String APPLICANT = "${applicant}";

    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final List<SubmissionCheck> checks;

    /** Whether the activity is a society step of the process itself (not inside a sub-process). */
    boolean isSocietyStep(String processDefinitionId, String activityId) {
        return repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId)
                instanceof UserTask task
                && task.getParentElement() instanceof Process
                && (task.getCamundaCandidateGroupsList().contains(SOCIETY_GROUP) || APPLICANT.equals(task.getCamundaAssignee()));
    }

    /** Every visit of a society step of the instance, open or done, in the order they began. */
    List<HistoricActivityInstance> visits(String processInstanceId, String processDefinitionId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityType("userTask").orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .filter(a -> isSocietyStep(processDefinitionId, a.getActivityId())).toList();
    }

    /** The society step the application passed last: where 补正 and 撤回 take it back to. */
    Optional<HistoricActivityInstance> lastPassed(String processInstanceId, String processDefinitionId) {
        return visits(processInstanceId, processDefinitionId).stream().filter(a -> a.getEndTime() != null && !a.isCanceled())
                .max(Comparator.comparing(HistoricActivityInstance::getEndTime));
    }

    /**
     * Where 撤回 takes the application: the society step passed last or, while it has passed none (its submission
     * started the process), the step its feature names for submitting again.
     */
    Optional<String> withdrawalStep(String processInstanceId, String processDefinitionId) {
        return lastPassed(processInstanceId, processDefinitionId).map(HistoricActivityInstance::getActivityId)
                .or(() -> check(processDefinitionId).flatMap(SubmissionCheck::resubmissionStep));
    }

    /** The step's name in the model, as the timeline shows it. */
    String name(String processDefinitionId, String activityId) {
        return repositoryService.getBpmnModelInstance(processDefinitionId).<UserTask>getModelElementById(activityId)
                .getName();
    }

    /**
     * Where 补正 would take the application: the society step passed last, when it has fields to correct and no society
     * step is open (the society has the case already).
     */
    Optional<CorrectionTarget> correctionTarget(String processInstanceId, String processDefinitionId) {
        if (visits(processInstanceId, processDefinitionId).stream().anyMatch(a -> a.getEndTime() == null)) {
            return Optional.empty();
        }
        return lastPassed(processInstanceId, processDefinitionId)
                .map(a -> new CorrectionTarget(a.getActivityId(), a.getActivityName(),
                        correctableFields(processDefinitionId, a.getActivityId())))
                .filter(t -> !t.fields().isEmpty());
    }

    /** The society step is open again: the process's data becomes editable; returns the variables the step needs. */
    Map<String, Object> reopen(String processDefinitionId, String businessKey, String activityId) {
        return check(processDefinitionId).map(c -> c.reopen(businessKey, activityId)).orElse(Map.of());
    }

    /** The fields of the society step a reviewer may ask to correct (name → label message key), in form order. */
    Map<String, String> correctableFields(String processDefinitionId, String activityId) {
        return check(processDefinitionId).map(c -> c.correctableFields(activityId)).orElse(Map.of());
    }

    private Optional<SubmissionCheck> check(String processDefinitionId) {
        String key = repositoryService.getProcessDefinition(processDefinitionId).getKey();
        return checks.stream().filter(c -> c.processDefinitionKey().equals(key)).findFirst();
    }
}
