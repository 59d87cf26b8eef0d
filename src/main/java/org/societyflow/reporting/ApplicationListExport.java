package org.societyflow.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.DisplayTime;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.shared.Xlsx;
import org.springframework.stereotype.Service;

/**
 * Every instance of one process as a list — number, title, society, state, current step, start and end — read from the
 * engine's history, so it works for any process without knowing its feature.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApplicationListExport {

    static final List<String> HEADERS = ChineseTexts.formatAll("export.applications.", List.of("businessKey", "title",
            "society", "state", "currentStep", "startedBy", "startedAt", "endedAt"));
    /** The history's instance states as the 科协 says them (export.applications.state.*). */
    private static final Map<String, String> STATES = Stream.of(HistoricProcessInstance.STATE_ACTIVE,
                    HistoricProcessInstance.STATE_SUSPENDED, HistoricProcessInstance.STATE_COMPLETED,
                    HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED)
            .collect(Collectors.toMap(state -> state, state -> ChineseTexts.format("export.applications.state." + state)));
    /** IN lists stay well below what any database accepts. */
    private static final int CHUNK = 500;

    private final HistoryService historyService;
    private final ProcessFigures processes;
    private final ChineseTexts texts;
    private final DisplayTime times;

    /** Newest first; 404 for a process that is not deployed. */
    public Export export(String processKey, CurrentUser user) {
        ReportingAccess.require(user);
        String name = processes.processNames().get(processKey);
        if (name == null) {
            throw new NotFoundException("process", processKey);
        }
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey).orderByProcessInstanceStartTime().desc().list();
        Map<String, Map<String, Object>> variables = variables(instances);
        Map<String, String> steps = currentSteps(instances);
        List<List<Object>> rows = instances.stream().map(i -> {
            Map<String, Object> v = variables.getOrDefault(i.getId(), Map.of());
            return Arrays.<Object>asList(i.getBusinessKey(), ProcessVariables.TITLE.from(v), ProcessVariables.SOCIETY_NAME.from(v),
                    STATES.getOrDefault(i.getState(), i.getState()), steps.get(i.getId()), i.getStartUserId(),
                    instant(i.getStartTime()), instant(i.getEndTime()));
        }).toList();
        return Export.of(texts.text("export.applications.file", name), new Xlsx(times.zone()).sheet(name, HEADERS, rows).bytes());
    }

    private Map<String, Map<String, Object>> variables(List<HistoricProcessInstance> instances) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (List<String> ids : chunks(instances.stream().map(HistoricProcessInstance::getId).toList())) {
            historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(ids.toArray(String[]::new))
                    .variableNameIn(ProcessVariables.TITLE.name(), ProcessVariables.SOCIETY_NAME.name()).list().stream()
                    .filter(v -> v.getValue() != null)
                    .forEach(v -> byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                            .putIfAbsent(v.getName(), v.getValue()));
        }
        return byInstance;
    }

    /**
     * The named activities an unfinished instance is waiting in (a user task, a called review, a timer), one query per
     * process version rather than per instance.
     */
    private Map<String, String> currentSteps(List<HistoricProcessInstance> instances) {
        Map<String, String> steps = new HashMap<>();
        instances.stream().filter(i -> i.getEndTime() == null).map(HistoricProcessInstance::getProcessDefinitionId)
                .distinct().forEach(definitionId -> historyService.createHistoricActivityInstanceQuery()
                        .processDefinitionId(definitionId).unfinished().list().stream()
                        .filter(a -> a.getActivityName() != null && !"subProcess".equals(a.getActivityType()))
                        .collect(Collectors.groupingBy(HistoricActivityInstance::getProcessInstanceId,
                                Collectors.mapping(HistoricActivityInstance::getActivityName,
                                        Collectors.collectingAndThen(Collectors.toCollection(java.util.TreeSet::new),
                                                names -> String.join("、", names)))))
                        .forEach(steps::put));
        return steps;
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(i + CHUNK, ids.size())));
        }
        return chunks;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
