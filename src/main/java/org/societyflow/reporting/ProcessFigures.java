package org.societyflow.reporting;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.PersonNames;
import org.societyflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * What the dashboard reads from the engine, for every process alike: running instances and open tasks per step,
 * overdue tasks, and step durations from the history of completed tasks. Knows no feature.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProcessFigures {

    /** Completed tasks keep this delete reason; cancelled ones (a boundary event, a deleted instance) do not count. */
    private static final String COMPLETED = "completed";
    /** The overdue list is for reading; the count says how many there are in all. */
    static final int OVERDUE_LIST = 50;

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final PersonNames names;

    /** Every deployed process by key, with the name of its latest version, ordered by key. */
    Map<String, String> processNames() {
        Map<String, String> names = new LinkedHashMap<>();
        repositoryService.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
                .forEach(d -> names.put(d.getKey(), d.getName() == null ? d.getKey() : d.getName()));
        return names;
    }

    List<OpenProcess> openApplications(Map<String, String> names) {
        Map<String, Long> instances = new HashMap<>();
        List<Counts.OpenTask> tasks = new ArrayList<>();
        for (String key : names.keySet()) {
            instances.put(key, runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count());
            taskService.createTaskQuery().processDefinitionKey(key).list()
                    .forEach(t -> tasks.add(new Counts.OpenTask(key, t.getName())));
        }
        return Counts.openApplications(names, instances, tasks);
    }

    long overdueCount() {
        return taskService.createTaskQuery().dueBefore(now()).count();
    }

    /** The longest overdue first. */
    List<OverdueTask> overdueTasks() {
        List<Task> tasks = taskService.createTaskQuery().dueBefore(now()).orderByDueDate().asc()
                .listPage(0, OVERDUE_LIST);
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(i -> i.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, String> processNames = definitionNames(tasks.stream().map(Task::getProcessDefinitionId)
                .filter(java.util.Objects::nonNull).distinct().toArray(String[]::new));
        return tasks.stream().map(t -> new OverdueTask(t.getId(), t.getName(),
                processNames.get(t.getProcessDefinitionId()), businessKeys.get(t.getProcessInstanceId()), holder(t),
                t.getDueDate().toInstant())).toList();
    }

    /** Completed tasks of every process, grouped by process and task name. */
    List<StepDuration> stepDurations(Map<String, String> names) {
        List<StepDurations.Sample> samples = historyService.createHistoricTaskInstanceQuery().finished()
                .taskDeleteReason(COMPLETED).list().stream()
                .filter(t -> t.getProcessDefinitionKey() != null && t.getDurationInMillis() != null)
                .map(t -> new StepDurations.Sample(t.getProcessDefinitionKey(), t.getName(), t.getDurationInMillis()))
                .toList();
        return StepDurations.of(samples, names);
    }

    private Map<String, String> definitionNames(String[] definitionIds) {
        if (definitionIds.length == 0) {
            return Map.of();
        }
        return repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, d -> d.getName() == null ? d.getKey() : d.getName()));
    }

    private String holder(Task task) {
        if (task.getAssignee() != null) {
            return names.of(task.getAssignee());
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? names.group(link.getGroupId()) : names.of(link.getUserId()))
                .collect(Collectors.joining("、"));
    }

    /** The engine's clock, so a test that moves it sees the same tasks overdue as the engine does. */
    private static Date now() {
        return Date.from(EngineClock.now());
    }
}
