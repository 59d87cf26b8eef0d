package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoDurationTest {

    private static final ZonedDateTime JAN_31 = ZonedDateTime.of(2025, 1, 31, 12, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "P14D, 2025-02-14T12:00",
            "P6M, 2025-07-31T12:00",
            "P1Y, 2026-01-31T12:00",
            "PT12H, 2025-02-01T00:00",
            "P1DT2H, 2025-02-01T14:00",
            "P1M, 2025-02-28T12:00"
    })
    void addsDatePartThenTimePart(String text, String expected) {
        assertThat(IsoDuration.parse(text).addTo(JAN_31).toLocalDateTime().toString()).isEqualTo(expected);
    }

    @Test
    void subtractsForRemindersBeforeADeadline() {
        assertThat(IsoDuration.parse("P3D").subtractFrom(JAN_31).toLocalDate().toString()).isEqualTo("2025-01-28");
    }

    @Test
    void deadlinesComeFromConfigurationByName() {
        Deadlines deadlines = new Deadlines();
        deadlines.getDeadlines().putAll(Map.of("inspection-rectification", "P60D", "inspection-last-reminder", "P3D"));
        assertThat(deadlines.duration("inspection-rectification")).isEqualTo("P60D");
        Date due = Date.from(JAN_31.toInstant());
        assertThat(deadlines.before(due, "inspection-last-reminder").toInstant())
                .isEqualTo(JAN_31.minusDays(3).toInstant());
        assertThat(deadlines.dueDate("inspection-rectification")).isAfter(new Date(System.currentTimeMillis() + 59L * 86_400_000));
        assertThatThrownBy(() -> deadlines.duration("no-such-deadline"))
                .hasMessageContaining("societyflow.deadlines.no-such-deadline");
    }
}
