-- A founding application's documents belong to no society yet; a notification may go to one person.
ALTER TABLE attachment ALTER COLUMN society_id SET NULL;
ALTER TABLE notification ALTER COLUMN recipient_group SET NULL;
ALTER TABLE notification ADD COLUMN recipient_user VARCHAR(64);
CREATE INDEX ix_notification_user ON notification (recipient_user);
