package org.societyflow.workflow;

import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the process of a new application: allocates its number (the business key) and starts the
 * process in the same transaction, so there is never a number without a process or the reverse.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProcessStarter {

    private final ApplicationNumbers numbers;
    private final RuntimeService runtimeService;

    /** Returns the application number. */
    @Transactional
    public String start(String processKey, String prefix, int year, Map<String, Object> variables) {
        String businessKey = numbers.next(prefix, year);
        runtimeService.startProcessInstanceByKey(processKey, businessKey, variables);
        return businessKey;
    }

    /** Starts a process that runs once a year, under its {@link ApplicationNumbers#yearly} key; returns the key. */
    @Transactional
    public String startYearly(String processKey, String prefix, int year, Map<String, Object> variables) {
        String businessKey = ApplicationNumbers.yearly(prefix, year);
        runtimeService.startProcessInstanceByKey(processKey, businessKey, variables);
        return businessKey;
    }
}
