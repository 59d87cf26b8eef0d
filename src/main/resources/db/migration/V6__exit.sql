-- 软弱涣散退出: what the scan proposes, and the cases 学会部 confirms. A case's texts are TEXT: as VARCHARs
-- they pass MySQL's row size limit.

CREATE TABLE exit_proposal (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  society_id       BIGINT        NOT NULL,
  indicators       VARCHAR(4000) NOT NULL,
  fingerprint      VARCHAR(1000) NOT NULL,
  status           VARCHAR(32)   NOT NULL,
  proposed_at      TIMESTAMP     NOT NULL,
  decided_by       VARCHAR(64),
  decided_at       TIMESTAMP,
  decision_reason  VARCHAR(2000),
  case_no          VARCHAR(32),
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_proposal_society FOREIGN KEY (society_id) REFERENCES society (id)
);
CREATE INDEX ix_proposal_society ON exit_proposal (society_id);

CREATE TABLE exit_case (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_no       VARCHAR(32)   NOT NULL,
  society_id           BIGINT        NOT NULL,
  proposal_id          BIGINT        NOT NULL,
  process_instance_id  VARCHAR(64),
  status               VARCHAR(32)   NOT NULL,
  indicators           TEXT          NOT NULL,
  letter               TEXT         ,
  letter_sent_on       DATE,
  rectification_due    DATE,
  plan                 TEXT         ,
  report               TEXT         ,
  second_report        TEXT         ,
  overdue_note         VARCHAR(1000),
  interview_minutes    TEXT         ,
  visit_findings       TEXT         ,
  statement_due        DATE,
  statement            TEXT         ,
  statement_waived     BOOLEAN       NOT NULL DEFAULT FALSE,
  exit_route           VARCHAR(32),
  closed_at            TIMESTAMP,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_exit_case_no UNIQUE (application_no),
  CONSTRAINT fk_exit_case_society FOREIGN KEY (society_id) REFERENCES society (id),
  CONSTRAINT fk_exit_case_proposal FOREIGN KEY (proposal_id) REFERENCES exit_proposal (id)
);
CREATE INDEX ix_exit_case_society ON exit_case (society_id);
