package org.societyflow.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages, exports and messages write a moment: in the 科协's own time zone ({@code societyflow.display-zone},
 * Asia/Shanghai), whatever zone the server runs in (a container is often UTC). Templates call it as {@code @times}.
 * Calendar arithmetic (deadlines, "today") is not its business: it only writes instants down.
 */
@Component("times")
public class DisplayTime {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ZoneId zone;
    private final MessageSource messages;

    DisplayTime(@Value("${societyflow.display-zone}") ZoneId zone, MessageSource messages) {
        this.zone = zone;
        this.messages = messages;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The zone's name as the reader says it (北京时间, Beijing time: {@code time.zone.<id>} in the bundles; the zone's id
     * for a zone they do not name), for the places where the zone matters.
     */
    public String zoneLabel() {
        return messages.getMessage("time.zone." + zone.getId(), null, zone.getId(), LocaleContextHolder.getLocale());
    }

    /** {@code 2026-12-07 23:30}; empty for none. */
    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(zone));
    }

    public String minute(Date date) {
        return date == null ? "" : minute(date.toInstant());
    }

    /** {@code 2026-12-07}; empty for none. */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    public String day(Date date) {
        return date == null ? "" : day(date.toInstant());
    }
}
