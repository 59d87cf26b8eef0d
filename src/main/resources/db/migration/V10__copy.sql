-- 抄送: an application copied to a colleague for information, with who copied it, a note, and when the recipient
-- first opened it (null while unread). created_at has an explicit default so MySQL does not update it with read_at.

CREATE TABLE application_copy (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  business_key        VARCHAR(32)   NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  to_user             VARCHAR(64)   NOT NULL,
  from_user           VARCHAR(64)   NOT NULL,
  note                VARCHAR(1000),
  created_at          TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  read_at             TIMESTAMP     NULL
);
CREATE INDEX ix_application_copy_to_user ON application_copy (to_user);
CREATE INDEX ix_application_copy_business_key ON application_copy (business_key);
