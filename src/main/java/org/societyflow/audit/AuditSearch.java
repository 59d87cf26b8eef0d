package org.societyflow.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.DisplayTime;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.Xlsx;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The admins' search and Excel export of the audit log; days are the 科协's days (DisplayTime). */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditSearch {

    private static final int USER_MAX = 64;

    private final AuditLog auditLog;
    private final AuditSettings settings;
    private final DisplayTime times;

    /** One page of the newest matching events, as many as {@code societyflow.audit.page-size}. */
    List<AuditEvent> page(AuditFilter filter, CurrentUser user) {
        requireAdmin(user);
        AuditQuery query = query(filter);
        long offset = (long) Math.max(filter.getPage(), 0) * settings.getPageSize();
        return auditLog.search(query, offset, settings.getPageSize());
    }

    int pageSize() {
        return settings.getPageSize();
    }

    /** The matching events as a workbook, newest first, at most {@code societyflow.audit.export-max-rows}. */
    byte[] export(AuditFilter filter, CurrentUser user) {
        requireAdmin(user);
        List<List<Object>> rows = auditLog.search(query(filter), 0, settings.getExportMaxRows()).stream()
                .map(e -> List.<Object>of(e.occurredAt(), ChineseTexts.format("audit.kind." + e.kind().name()),
                        orEmpty(e.actor()), orEmpty(e.subject()), orEmpty(e.detail())))
                .toList();
        List<String> headers = List.of(ChineseTexts.format("audit.time"), ChineseTexts.format("audit.kind"),
                ChineseTexts.format("audit.actor"), ChineseTexts.format("audit.subject"),
                ChineseTexts.format("audit.detail"));
        return new Xlsx(times.zone()).sheet(ChineseTexts.format("audit.title"), headers, rows).bytes();
    }

    /** The filter as a query, or field errors: dates that are no dates, a range that ends before it starts. */
    AuditQuery query(AuditFilter filter) {
        Map<String, String> errors = new TreeMap<>();
        LocalDate from = day(filter.getFrom(), "from", errors);
        LocalDate to = day(filter.getTo(), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "audit.filter.rangeInvalid");
        }
        String user = blankToNull(filter.getUser());
        if (user != null && user.length() > USER_MAX) {
            errors.put("user", "audit.filter.userTooLong");
        }
        AuditKind kind = null;
        String kindName = blankToNull(filter.getKind());
        if (kindName != null) {
            kind = Arrays.stream(AuditKind.values()).filter(k -> k.name().equals(kindName)).findFirst().orElse(null);
            if (kind == null) {
                errors.put("kind", "audit.filter.kindInvalid");
            }
        }
        FormValidator.throwIfAny(errors);
        ZoneId zone = times.zone();
        return new AuditQuery(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), user, kind);
    }

    private static LocalDate day(String value, String field, Map<String, String> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "audit.filter.dateInvalid");
            return null;
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isIn(Groups.ADMIN)) {
            throw new AccessDeniedException("camunda-admin only");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
