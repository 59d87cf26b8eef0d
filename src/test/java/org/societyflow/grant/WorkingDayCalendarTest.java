package org.societyflow.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 公示 periods counted in working days: weekends off, configured holidays off, 调休 weekend days worked. */
class WorkingDayCalendarTest {

    static WorkingDayCalendar calendar() {
        GrantSettings settings = new GrantSettings();
        // 2026 National Day: 1–7 October off (the weekdays listed), Saturday 10 October worked
        settings.setHolidays(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)));
        settings.setMakeUpWorkingDays(List.of(LocalDate.of(2026, 10, 10)));
        return new WorkingDayCalendar(settings);
    }

    @ParameterizedTest(name = "{1} working days after {0} end on {2}")
    @CsvSource({
        // published on a Monday: Tuesday to Monday
        "2026-11-02, 5, 2026-11-09",
        // published on a Friday: the weekend does not count
        "2026-11-06, 5, 2026-11-13",
        // published on a Saturday: Monday is the first day
        "2026-11-07, 1, 2026-11-09",
        // the holiday week is skipped, Thursday 8th and Friday 9th count, so does 调休 Saturday 10th
        "2026-09-30, 3, 2026-10-10",
        "2026-09-30, 4, 2026-10-12",
        // ten working days (some calls)
        "2026-11-02, 10, 2026-11-16",
    })
    void countsWorkingDays(LocalDate published, int days, LocalDate lastDay) {
        assertThat(calendar().lastOfWorkingDays(published, days)).isEqualTo(lastDay);
    }

    @Test
    void knowsHolidaysAndMakeUpDays() {
        WorkingDayCalendar calendar = calendar();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 12))).isTrue();
    }

    @Test
    void aPeriodHasAtLeastOneDay() {
        assertThatThrownBy(() -> calendar().lastOfWorkingDays(LocalDate.of(2026, 11, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
