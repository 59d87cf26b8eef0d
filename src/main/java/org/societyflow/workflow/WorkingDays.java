package org.societyflow.workflow;

import java.time.LocalDate;

/**
 * Working days as Chinese offices count them, for a 公示 of so many working days. The calendar (holidays, 调休) is
 * configured with the grant module, which implements this; other features ask this interface.
 */
public interface WorkingDays {

    /** The last day of a period of {@code days} working days that starts the day after {@code from}. */
    LocalDate lastOfWorkingDays(LocalDate from, int days);
}
