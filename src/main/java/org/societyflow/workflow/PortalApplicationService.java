package org.societyflow.workflow;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.societyflow.identity.CurrentUser;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.societyflow.shared.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's applications across every process, read from the engine's history: each application's process
 * carries the variables {@code title} and {@code applicationLink}, and {@code societyCode} (a society's) or
 * {@code applicant} (an initiator's, before there is a society).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PortalApplicationService {

    private static final int LIMIT = 20;

    private final HistoryService historyService;

    /** A society's applications, or an initiator's own founding applications. */
    public List<PortalApplication> of(CurrentUser user) {
        return user.isSociety() ? withVariable(ProcessVariables.SOCIETY_CODE, user.societyCode())
                : withVariable(ProcessVariables.APPLICANT, user.userId());
    }

    private List<PortalApplication> withVariable(ProcessVariables.Var<String> variable, String value) {
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .variableValueEquals(variable.name(), value).orderByProcessInstanceStartTime().desc()
                .listPage(0, LIMIT);
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableNameIn(ProcessVariables.TITLE.name(), ProcessVariables.APPLICATION_LINK.name()).list().stream()
                .filter(v -> v.getValue() != null)
                .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
                        Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a)));
        return instances.stream().map(instance -> {
            Map<String, Object> v = variables.getOrDefault(instance.getId(), Map.of());
            return new PortalApplication(instance.getBusinessKey(), instance.getProcessDefinitionName(),
                    ProcessVariables.TITLE.from(v), instance.getStartTime().toInstant(),
                    instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
                    ProcessVariables.APPLICATION_LINK.from(v));
        }).toList();
    }
}
