-- A founding application's documents belong to no society yet; a notification may go to one person.
ALTER TABLE attachment MODIFY society_id BIGINT NULL;
ALTER TABLE notification MODIFY recipient_group VARCHAR(64) NULL;
ALTER TABLE notification ADD COLUMN recipient_user VARCHAR(64);
CREATE INDEX ix_notification_user ON notification (recipient_user);
