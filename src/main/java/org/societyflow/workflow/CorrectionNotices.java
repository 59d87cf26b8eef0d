package org.societyflow.workflow;

import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The open 补正 of an application for its pages, and its end when the society submits the step again. */
@Component
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CorrectionNotices {

    private final CorrectionRequestRepository requests;
    private final SocietySteps societySteps;

    /** The latest open request of the application, or null. */
    @Transactional(readOnly = true)
    CorrectionNotice open(HistoricProcessInstance instance) {
        return requests.findByBusinessKeyAndResolvedAtIsNullOrderByIdDesc(instance.getBusinessKey()).stream().findFirst()
                .map(r -> {
                    Map<String, String> labels = societySteps.correctableFields(instance.getProcessDefinitionId(),
                            r.getTaskDefinitionKey());
                    return new CorrectionNotice(r.getStepName(), r.getFields().stream()
                            .map(f -> new CorrectionNotice.Field(f, labels.getOrDefault(f, f))).toList(),
                            r.getReason(), r.getRequestedBy(), r.getRequestedAt());
                }).orElse(null);
    }

    /** The society submitted the step again: its open requests are resolved. */
    void resolve(String businessKey, String taskDefinitionKey) {
        requests.findByBusinessKeyAndResolvedAtIsNullOrderByIdDesc(businessKey).stream()
                .filter(r -> r.getTaskDefinitionKey().equals(taskDefinitionKey))
                .forEach(CorrectionRequest::resolve);
    }
}
