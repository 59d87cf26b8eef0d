package org.societyflow.audit;

import java.time.Instant;

/**
 * A search of the audit log; every part may be null. {@code user} matches the actor or the subject (a failed login
 * is the user's own, an unlock the admin's on the user).
 */
public record AuditQuery(Instant from, Instant to, String user, AuditKind kind) {
}
