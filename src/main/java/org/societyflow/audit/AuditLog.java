package org.societyflow.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.societyflow.shared.EngineClock;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes and reads the audit log (table {@code audit_event}) with plain JDBC on the application's data source, so a
 * write joins whatever transaction is running: the engine's command for deployments, instance operations,
 * membership changes and failed logins.
 *
 * <p>Two kinds of write: {@link #record} fails with the caller, so a deployment, an instance operation, a membership
 * change or an unlock that cannot be audited does not happen; {@link #recordBestEffort} only logs the failure, so a
 * login is not refused (nor a failed login left uncounted) because the audit table is unavailable. A failed statement
 * leaves the transaction usable on H2 and MariaDB.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int ACTOR_MAX = 64;
    private static final int SUBJECT_MAX = 255;
    private static final int DETAIL_MAX = 2000;

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the event in the caller's transaction; a failure fails the caller. */
    public void record(AuditKind kind, String actor, String subject, String detail) {
        jdbc.update("INSERT INTO audit_event (occurred_at, kind, actor, subject, detail) VALUES (?, ?, ?, ?, ?)",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(EngineClock.now()), utc());
                    ps.setString(2, kind.name());
                    ps.setString(3, cut(actor, ACTOR_MAX));
                    ps.setString(4, cut(subject, SUBJECT_MAX));
                    ps.setString(5, cut(detail, DETAIL_MAX));
                });
    }

    /** Writes the event; a failure is logged, not thrown. */
    public void recordBestEffort(AuditKind kind, String actor, String subject, String detail) {
        try {
            record(kind, actor, subject, detail);
        } catch (DataAccessException e) {
            log.error("Audit event {} of {} on {} could not be written: {}", kind, actor, subject, e.getMessage());
        }
    }

    /** The newest events that match, at most {@code limit}, skipping the first {@code offset}. */
    public List<AuditEvent> search(AuditQuery query, long offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, kind, actor, subject, detail FROM audit_event WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(new UtcTimestamp(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < ?");
            args.add(new UtcTimestamp(query.to()));
        }
        if (query.user() != null) {
            sql.append(" AND (actor = ? OR subject = ?)");
            args.add(query.user());
            args.add(query.user());
        }
        if (query.kind() != null) {
            sql.append(" AND kind = ?");
            args.add(query.kind().name());
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), ps -> {
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i) instanceof UtcTimestamp time) {
                    ps.setTimestamp(i + 1, Timestamp.from(time.instant()), utc());
                } else {
                    ps.setObject(i + 1, args.get(i));
                }
            }
        }, AuditLog::event);
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at", utc()).toInstant(),
                AuditKind.valueOf(rs.getString("kind")), rs.getString("actor"), rs.getString("subject"),
                rs.getString("detail"));
    }

    /** Stored in UTC, whatever zone the JVM or a second node runs in. */
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private record UtcTimestamp(Instant instant) {
    }
}
