package org.societyflow.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.Groups;
import org.societyflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The open steps of many applications at once, for the campaign boards: two task queries for a whole board instead of
 * a history walk per application ({@link ProcessProgressService} does that for one). A called process with the
 * application's business key (an expert review) counts as the application's.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OpenSteps {

    /** What an application waits for: the open tasks' names, the earliest deadline, whether the society holds one. */
    public record Step(String name, Instant due, boolean heldBySociety) {

        public boolean overdue() {
            return due != null && due.isBefore(EngineClock.now());
        }
    }

    private final TaskService taskService;
    private final HistoryService historyService;

    /** The open step of each application (business key → the code of its society) that has one. */
    public Map<String, Step> of(Map<String, String> societyOfApplication) {
        if (societyOfApplication.isEmpty()) {
            return Map.of();
        }
        String[] keys = societyOfApplication.keySet().toArray(String[]::new);
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKeyIn(keys).list();
        String[] societyGroups = societyOfApplication.values().stream().filter(Objects::nonNull).distinct()
                .map(Groups::ofSociety).toArray(String[]::new);
        Set<String> heldBySocieties = societyGroups.length == 0 ? Set.of()
                : taskService.createTaskQuery().processInstanceBusinessKeyIn(keys).taskCandidateGroupIn(List.of(societyGroups))
                        .includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
        // a task does not carry its instance's business key; the running instances of the keys do
        Map<String, String> businessKeyOfInstance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(keys).unfinished().list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
        Map<String, List<Task>> byKey = new LinkedHashMap<>();
        for (Task task : open) {
            byKey.computeIfAbsent(businessKeyOfInstance.get(task.getProcessInstanceId()), k -> new ArrayList<>()).add(task);
        }
        Map<String, Step> steps = new HashMap<>();
        byKey.forEach((key, tasks) -> steps.put(key, step(tasks, heldBySocieties)));
        return steps;
    }

    private static Step step(Collection<Task> tasks, Set<String> heldBySocieties) {
        String names = tasks.stream().map(Task::getName).distinct().collect(Collectors.joining("、"));
        Instant due = tasks.stream().map(Task::getDueDate).filter(Objects::nonNull).map(java.util.Date::toInstant)
                .min(Comparator.naturalOrder()).orElse(null);
        return new Step(names, due, tasks.stream().anyMatch(t -> heldBySocieties.contains(t.getId())));
    }
}
