-- 已终止: who ended an application early, when and why (workflow/Cancellation). Every application table gets the
-- same three columns; they stay null unless the application's process was cancelled (an admin, the society's exit)
-- or its draft was dropped when the society left the register. One column per statement: H2 and MySQL spell a
-- multi-column ADD differently. The reason is TEXT: MariaDB counts a VARCHAR(1000) of utf8mb4 against the row size
-- limit, which founding_application already nears.
ALTER TABLE founding_application ADD COLUMN cancelled_by VARCHAR(64) NULL;
ALTER TABLE founding_application ADD COLUMN cancelled_at TIMESTAMP NULL;
ALTER TABLE founding_application ADD COLUMN cancel_reason TEXT NULL;
ALTER TABLE reelection ADD COLUMN cancelled_by VARCHAR(64) NULL;
ALTER TABLE reelection ADD COLUMN cancelled_at TIMESTAMP NULL;
ALTER TABLE reelection ADD COLUMN cancel_reason TEXT NULL;
ALTER TABLE change_request ADD COLUMN cancelled_by VARCHAR(64) NULL;
ALTER TABLE change_request ADD COLUMN cancelled_at TIMESTAMP NULL;
ALTER TABLE change_request ADD COLUMN cancel_reason TEXT NULL;
ALTER TABLE annual_inspection ADD COLUMN cancelled_by VARCHAR(64) NULL;
ALTER TABLE annual_inspection ADD COLUMN cancelled_at TIMESTAMP NULL;
ALTER TABLE annual_inspection ADD COLUMN cancel_reason TEXT NULL;
ALTER TABLE exit_case ADD COLUMN cancelled_by VARCHAR(64) NULL;
ALTER TABLE exit_case ADD COLUMN cancelled_at TIMESTAMP NULL;
ALTER TABLE exit_case ADD COLUMN cancel_reason TEXT NULL;
ALTER TABLE grant_application ADD COLUMN cancelled_by VARCHAR(64) NULL;
ALTER TABLE grant_application ADD COLUMN cancelled_at TIMESTAMP NULL;
ALTER TABLE grant_application ADD COLUMN cancel_reason TEXT NULL;
ALTER TABLE station_assessment ADD COLUMN cancelled_by VARCHAR(64) NULL;
ALTER TABLE station_assessment ADD COLUMN cancelled_at TIMESTAMP NULL;
ALTER TABLE station_assessment ADD COLUMN cancel_reason TEXT NULL;
ALTER TABLE party_change ADD COLUMN cancelled_by VARCHAR(64) NULL;
ALTER TABLE party_change ADD COLUMN cancelled_at TIMESTAMP NULL;
ALTER TABLE party_change ADD COLUMN cancel_reason TEXT NULL;
ALTER TABLE activity ADD COLUMN cancelled_by VARCHAR(64) NULL;
ALTER TABLE activity ADD COLUMN cancelled_at TIMESTAMP NULL;
ALTER TABLE activity ADD COLUMN cancel_reason TEXT NULL;
