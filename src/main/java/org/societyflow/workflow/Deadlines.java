package org.societyflow.workflow;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import lombok.Getter;
import org.societyflow.shared.EngineClock;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Deadlines, reminder lead times and periods of every process, from {@code societyflow.deadlines.*}
 * (ISO-8601 durations), so that admins and tests change them without redeploying a model. Models use it
 * as {@code ${deadlines.dueDate('inspection-review')}}. Reads the engine clock so tests can move time.
 */
@Component("deadlines")
@ConfigurationProperties("societyflow")
public class Deadlines {

    @Getter
    private final Map<String, String> deadlines = new TreeMap<>();

    /** Now plus the named duration. */
    public Date dueDate(String name) {
        return Date.from(lookup(name).addTo(now()).toInstant());
    }

    /** The named duration as text, for timer definitions. */
    public String duration(String name) {
        return lookup(name).text();
    }

    /** The named lead time before a date (a reminder before a deadline). */
    public Date before(Date date, String name) {
        return Date.from(lookup(name).subtractFrom(date.toInstant().atZone(ZoneId.systemDefault())).toInstant());
    }

    /** A date moved on by the named duration (an extension of a deadline). */
    public Date after(Date date, String name) {
        return Date.from(lookup(name).addTo(date.toInstant().atZone(ZoneId.systemDefault())).toInstant());
    }

    private IsoDuration lookup(String name) {
        String text = deadlines.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no deadline societyflow.deadlines." + name + " is configured");
        }
        return IsoDuration.parse(text);
    }

    private static ZonedDateTime now() {
        return EngineClock.now().atZone(ZoneId.systemDefault());
    }
}
