package org.societyflow.grant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.societyflow.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Working days as Chinese offices count them: Monday to Friday, except the configured public holidays, plus
 * the weekend days worked in their place (调休).
 */
@Component
public class WorkingDayCalendar implements WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;

    WorkingDayCalendar(GrantSettings settings) {
        this.holidays = new HashSet<>(settings.getHolidays());
        this.makeUpDays = new HashSet<>(settings.getMakeUpWorkingDays());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpDays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    @Override
    public LocalDate lastOfWorkingDays(LocalDate from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period has at least one working day");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
