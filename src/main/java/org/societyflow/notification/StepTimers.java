package org.societyflow.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;

/**
 * The timers a process model attaches to a step, as they were set for one of its tasks: before the task's due date
 * they are the model's own reminders (年检's 14 and 3 days), at or after it an escalation or the step's end. The deadline
 * scan leaves to the model what the model does itself, so that nobody is told the same thing twice.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StepTimers {

    enum Firing { BEFORE_DUE, AT_DUE }

    /**
     * A timer this close before the due date fires at it: the deadline of a step and that of its timer are often
     * computed from the same duration in different moments of the same transaction (the 变更 filing's).
     */
    static final Duration SAME_MOMENT = Duration.ofMinutes(1);

    private final RepositoryService repositoryService;
    private final HistoryService historyService;

    /** When the model's timers on the task's step fire, relative to the task's due date; empty for a task of no model. */
    Set<Firing> of(Task task) {
        if (task.getProcessDefinitionId() == null || task.getExecutionId() == null) {
            return Set.of();
        }
        String[] timers = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> event.getAttachedTo() != null
                        && task.getTaskDefinitionKey().equals(event.getAttachedTo().getId()))
                .filter(event -> event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
                .map(BoundaryEvent::getId).toArray(String[]::new);
        if (timers.length == 0) {
            return Set.of();
        }
        Instant reminderBefore = task.getDueDate().toInstant().minus(SAME_MOMENT);
        // the job log keeps a timer's creation after it has fired: a reminder sent yesterday still counts
        return historyService.createHistoricJobLogQuery().executionIdIn(task.getExecutionId()).activityIdIn(timers)
                .creationLog().list().stream()
                .map(log -> log.getJobDueDate().toInstant().isBefore(reminderBefore) ? Firing.BEFORE_DUE : Firing.AT_DUE)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Firing.class)));
    }
}
