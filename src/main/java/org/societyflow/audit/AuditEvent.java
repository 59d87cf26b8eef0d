package org.societyflow.audit;

import java.time.Instant;

/** One row of the audit log: who did what to whom, and when. */
public record AuditEvent(long id, Instant occurredAt, AuditKind kind, String actor, String subject, String detail) {
}
