-- 联系记录: each attempt 学会部 makes to reach a society (a visit to its registered address, a call, a letter, its
-- 法定代表人), with the outcome. The 软弱涣散 scan counts the failed attempts since the latest one that reached the
-- society: "unreachable at the registered address or through the 法定代表人" (民发〔2021〕63号; docs/RULES.md, E).

CREATE TABLE society_contact_attempt (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  society_id    BIGINT        NOT NULL,
  attempted_on  DATE          NOT NULL,
  channel       VARCHAR(32)   NOT NULL,
  outcome       VARCHAR(16)   NOT NULL,
  note          VARCHAR(2000),
  recorded_by   VARCHAR(64)   NOT NULL,
  recorded_at   TIMESTAMP     NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_contact_attempt_society FOREIGN KEY (society_id) REFERENCES society (id)
);

CREATE INDEX ix_contact_attempt_society ON society_contact_attempt (society_id, attempted_on);

-- 软弱涣散: a case's rectification period may be extended once, with a reason (docs/RULES.md, E)
ALTER TABLE exit_case ADD COLUMN extension_reason TEXT;
ALTER TABLE exit_case ADD COLUMN extended_by VARCHAR(64);
ALTER TABLE exit_case ADD COLUMN extended_on DATE;
