package org.societyflow.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of SocietyFlow: the engine's. Domain timestamps, due dates and the engine's timers read the same
 * time, so a test that moves the engine's clock ({@code ClockUtil.setCurrentTime}) moves the domain with it.
 * Inject it as {@link Clock} where a bean is at hand; entities and static helpers use {@link #now()} and
 * {@link #today()}.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class EngineClock extends Clock {

    public static final EngineClock INSTANCE = new EngineClock(ZoneId.systemDefault());

    @Getter
    private final ZoneId zone;

    public static Instant now() {
        return INSTANCE.instant();
    }

    public static LocalDate today() {
        return LocalDate.now(INSTANCE);
    }

    /** The day a date of the engine's (a due date, a variable) falls on, in the clock's zone. */
    public static LocalDate day(Date date) {
        return date.toInstant().atZone(INSTANCE.zone).toLocalDate();
    }

    /** The start of {@code day} in the clock's zone, as the engine takes a due date or a timer's date. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(INSTANCE.zone).toInstant());
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new EngineClock(zone);
    }
}
