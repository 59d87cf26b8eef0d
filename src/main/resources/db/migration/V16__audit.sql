-- The security audit log (docs/OPERATIONS.md, "Login security and audit"): logins, failed logins, lockouts and
-- unlocks, model deployments, instance modifications, migrations and cancellations, group membership changes.
-- Rows are only ever inserted; admins search them by time, user and kind.

CREATE TABLE audit_event (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at  TIMESTAMP(3)   NOT NULL,
  kind         VARCHAR(32)    NOT NULL,
  actor        VARCHAR(64),
  subject      VARCHAR(255),
  detail       VARCHAR(2000)
);

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject, occurred_at);
CREATE INDEX ix_audit_event_kind ON audit_event (kind, occurred_at);
