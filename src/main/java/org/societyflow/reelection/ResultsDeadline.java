package org.societyflow.reelection;

import java.time.LocalDate;
import java.util.Date;
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * When a 换届's results are due: {@code societyflow.reelection.results-working-days} working days after the
 * assembly — not after the plan's approval, which comes weeks before it (docs/RULES.md, 换届).
 */
@Component
class ResultsDeadline {

    private final WorkingDays workingDays;
    private final int days;

    ResultsDeadline(WorkingDays workingDays, ReelectionSettings settings) {
        this.workingDays = workingDays;
        this.days = settings.getResultsWorkingDays();
    }

    /** The last day the results may come in. */
    LocalDate lastDay(LocalDate assemblyDay) {
        return workingDays.lastOfWorkingDays(assemblyDay, days);
    }

    /** The moment the results are late, for the task's due date and its timers: the end of {@link #lastDay}. */
    Date dueAt(LocalDate assemblyDay) {
        return EngineClock.startOf(lastDay(assemblyDay).plusDays(1));
    }
}
