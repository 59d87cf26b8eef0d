-- 换届 (re-election) applications, their candidates and elected officers; the register's change log.

CREATE TABLE reelection (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_no      VARCHAR(32)   NOT NULL,
  society_id          BIGINT        NOT NULL,
  closing_term        INT,
  status              VARCHAR(32)   NOT NULL,
  process_instance_id VARCHAR(64),
  initiated_by        VARCHAR(64)   NOT NULL,
  timing              VARCHAR(32),
  timing_reason       VARCHAR(1000),
  assembly_date       DATE,
  assembly_form       VARCHAR(32),
  council_size        INT,
  delegate_count      INT,
  plan_summary        VARCHAR(4000),
  plan_submitted_at   TIMESTAMP,
  results_due         DATE,
  elected_on          DATE,
  attendees           INT,
  eligible_voters     INT,
  minutes             VARCHAR(4000),
  new_charter         BOOLEAN,
  new_term_start      DATE,
  new_term_end        DATE,
  results_submitted_at TIMESTAMP,
  filed_at            TIMESTAMP,
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_reelection_no UNIQUE (application_no),
  CONSTRAINT fk_reelection_society FOREIGN KEY (society_id) REFERENCES society (id)
);
CREATE INDEX ix_reelection_society ON reelection (society_id);

CREATE TABLE reelection_candidate (
  id                             BIGINT AUTO_INCREMENT PRIMARY KEY,
  reelection_id                  BIGINT       NOT NULL,
  position                       INT          NOT NULL,
  role                           VARCHAR(32)  NOT NULL,
  name                           VARCHAR(50)  NOT NULL,
  birth_date                     DATE,
  party_member                   BOOLEAN,
  current_job                    VARCHAR(200),
  official_status                VARCHAR(32),
  cadre_approval                 BOOLEAN,
  terms_served                   INT,
  other_society_offices          INT,
  legal_representative           BOOLEAN,
  legal_representative_elsewhere BOOLEAN,
  full_time                      BOOLEAN,
  flags                          VARCHAR(1000),
  CONSTRAINT fk_candidate_reelection FOREIGN KEY (reelection_id) REFERENCES reelection (id)
);

CREATE TABLE reelection_elected (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  reelection_id        BIGINT      NOT NULL,
  position             INT         NOT NULL,
  role                 VARCHAR(32) NOT NULL,
  name                 VARCHAR(50) NOT NULL,
  birth_date           DATE,
  legal_representative BOOLEAN,
  full_time            BOOLEAN,
  CONSTRAINT fk_elected_reelection FOREIGN KEY (reelection_id) REFERENCES reelection (id)
);

CREATE TABLE society_change_log (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  society_id     BIGINT        NOT NULL,
  field          VARCHAR(64)   NOT NULL,
  old_value      VARCHAR(2000),
  new_value      VARCHAR(2000),
  application_no VARCHAR(32)   NOT NULL,
  changed_by     VARCHAR(64),
  changed_at     TIMESTAMP     NOT NULL,
  CONSTRAINT fk_change_log_society FOREIGN KEY (society_id) REFERENCES society (id)
);
CREATE INDEX ix_change_log_society ON society_change_log (society_id);
