package org.societyflow.audit;

/** What a row of the audit log records; its label is the message {@code audit.kind.<NAME>}. */
public enum AuditKind {
    /** A login through the portal's form (HTTP Basic calls are not logins of their own: each call checks again). */
    LOGIN,
    /** A wrong password, or a user that does not exist, on any door. */
    LOGIN_FAILED,
    /** The failed login that locked the account. */
    ACCOUNT_LOCKED,
    /** A login tried while the account was locked, whatever the password. */
    LOGIN_WHILE_LOCKED,
    ACCOUNT_UNLOCKED,
    MODEL_DEPLOYED,
    INSTANCE_MODIFIED,
    INSTANCE_MIGRATED,
    INSTANCE_CANCELLED,
    MEMBERSHIP_ADDED,
    MEMBERSHIP_REMOVED
}
