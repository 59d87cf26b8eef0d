package org.societyflow.workflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How long an application has been with the 科协 (办理用时): the time since it started (until it ended) less the time
 * it was with the applicant — drafting, 补正, 退回 to the society. The clock stops while the applicant has the case.
 */
public record ServiceTime(Duration total, Duration withApplicant) {

    /** A span of time the applicant had the case; {@code to} is null while it still has it. */
    public record Span(Instant from, Instant to) {
    }

    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(Duration.ofDays(1).toSeconds());

    /** From {@code start} to {@code end}, less the union of the spans (clipped to that time; they may overlap). */
    public static ServiceTime of(Instant start, Instant end, List<Span> withApplicant) {
        List<Span> spans = new ArrayList<>(withApplicant.stream()
                .map(s -> new Span(later(s.from(), start), earlier(s.to() == null ? end : s.to(), end)))
                .filter(s -> s.from().isBefore(s.to())).toList());
        spans.sort(Comparator.comparing(Span::from));
        Duration paused = Duration.ZERO;
        Instant covered = start;
        for (Span span : spans) {
            Instant from = later(span.from(), covered);
            if (from.isBefore(span.to())) {
                paused = paused.plus(Duration.between(from, span.to()));
                covered = span.to();
            }
        }
        return new ServiceTime(Duration.between(start, end), paused);
    }

    public Duration service() {
        return total.minus(withApplicant);
    }

    /** Days to one decimal, as the progress and the 审批单 show them. */
    public BigDecimal serviceDays() {
        return days(service());
    }

    public BigDecimal applicantDays() {
        return days(withApplicant);
    }

    private static BigDecimal days(Duration duration) {
        return BigDecimal.valueOf(duration.toSeconds()).divide(SECONDS_A_DAY, 1, RoundingMode.HALF_UP);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
