-- Notifications: who has read which (a group's notification is one row, read by each member on their own), and
-- which deadline reminders the scan has sent (once per task, kind and due date; the due date in epoch milliseconds,
-- so MySQL's whole-second TIMESTAMP cannot make the same reminder look new).

CREATE TABLE notification_read (
  notification_id BIGINT      NOT NULL,
  user_id         VARCHAR(64) NOT NULL,
  read_at         TIMESTAMP   NOT NULL,
  CONSTRAINT pk_notification_read PRIMARY KEY (notification_id, user_id),
  CONSTRAINT fk_read_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
);
CREATE INDEX ix_notification_read_user ON notification_read (user_id);

CREATE TABLE deadline_reminder (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_id      VARCHAR(64) NOT NULL,
  kind         VARCHAR(32) NOT NULL,
  due_millis   BIGINT      NOT NULL,
  sent_at      TIMESTAMP   NOT NULL,
  CONSTRAINT uq_deadline_reminder UNIQUE (task_id, kind, due_millis)
);
