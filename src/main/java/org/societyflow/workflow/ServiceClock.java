package org.societyflow.workflow;

import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.societyflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * An application's {@link ServiceTime} from the engine's history: the time its society steps were open is the time
 * with the applicant. The engine's clock, so that tests can move time as the engine sees it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ServiceClock {

    private final SocietySteps societySteps;

    ServiceTime of(HistoricProcessInstance instance) {
        Instant end = instance.getEndTime() != null ? instance.getEndTime().toInstant() : EngineClock.now();
        return ServiceTime.of(instance.getStartTime().toInstant(), end,
                societySteps.visits(instance.getId(), instance.getProcessDefinitionId()).stream()
                        .map(a -> new ServiceTime.Span(a.getStartTime().toInstant(),
                                a.getEndTime() == null ? null : a.getEndTime().toInstant()))
                        .toList());
    }
}
