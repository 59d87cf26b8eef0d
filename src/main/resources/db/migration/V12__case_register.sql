-- 处罚与案件记录: what 学会部 records on a society (an administrative penalty, a serious violation, refusing to
-- cooperate with an inspection, anything else), with its date and source. The 年检 grade table reads the records of
-- the inspected year (docs/RULES.md, C).

CREATE TABLE society_case_record (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  society_id   BIGINT        NOT NULL,
  kind         VARCHAR(32)   NOT NULL,
  occurred_on  DATE          NOT NULL,
  source       VARCHAR(200)  NOT NULL,
  note         VARCHAR(2000),
  recorded_by  VARCHAR(64)   NOT NULL,
  recorded_at  TIMESTAMP     NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_case_record_society FOREIGN KEY (society_id) REFERENCES society (id)
);

CREATE INDEX ix_case_record_society ON society_case_record (society_id, occurred_on);
