package org.societyflow.workflow;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;

/** An ISO-8601 duration with a date part (P6M, P14D) and/or a time part (PT12H), as Camunda timers accept. */
record IsoDuration(String text, Period period, Duration time) {

    static IsoDuration parse(String text) {
        int t = text.indexOf('T');
        Period period = t == 1 ? Period.ZERO : Period.parse(t < 0 ? text : text.substring(0, t));
        Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + text.substring(t));
        return new IsoDuration(text, period, time);
    }

    ZonedDateTime addTo(ZonedDateTime moment) {
        return moment.plus(period).plus(time);
    }

    ZonedDateTime subtractFrom(ZonedDateTime moment) {
        return moment.minus(period).minus(time);
    }
}
