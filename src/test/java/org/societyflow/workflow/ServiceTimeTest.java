package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTimeTest {

    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    static Instant day(double days) {
        return START.plusSeconds((long) (days * 86_400));
    }

    static ServiceTime.Span span(double from, Double to) {
        return new ServiceTime.Span(day(from), to == null ? null : day(to));
    }

    @Test
    void theTimeWithTheApplicantIsNotServiceTime() {
        ServiceTime time = ServiceTime.of(START, day(20), List.of(span(0, 2.0), span(5, 9.0)));
        assertThat(time.total()).isEqualTo(Duration.ofDays(20));
        assertThat(time.withApplicant()).isEqualTo(Duration.ofDays(6));
        assertThat(time.service()).isEqualTo(Duration.ofDays(14));
        assertThat(time.serviceDays()).isEqualTo(new BigDecimal("14.0"));
        assertThat(time.applicantDays()).isEqualTo(new BigDecimal("6.0"));
    }

    @Test
    void overlappingStepsCountOnceAndAnOpenStepRunsToTheEnd() {
        ServiceTime time = ServiceTime.of(START, day(10), List.of(span(1, 4.0), span(3, 5.0), span(8, null)));
        assertThat(time.withApplicant()).isEqualTo(Duration.ofDays(6));
        assertThat(time.service()).isEqualTo(Duration.ofDays(4));
    }

    @Test
    void spansOutsideTheApplicationAreClipped() {
        ServiceTime time = ServiceTime.of(day(2), day(6), List.of(span(0, 3.0), span(5, 12.0), span(7, 8.0)));
        assertThat(time.withApplicant()).isEqualTo(Duration.ofDays(2));
        assertThat(time.service()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void daysAreShownToOneDecimal() {
        ServiceTime time = ServiceTime.of(START, day(1.25), List.of());
        assertThat(time.serviceDays()).isEqualTo(new BigDecimal("1.3"));
        assertThat(time.applicantDays()).isEqualTo(new BigDecimal("0.0"));
    }
}
