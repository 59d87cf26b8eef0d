-- Domain tables of SocietyFlow. The engine's ACT_* tables are created by Camunda itself.
-- Portable SQL: runs on H2 2.x and on MySQL 8 / MariaDB 10.11 (utf8mb4 database default).

CREATE TABLE society (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  code               VARCHAR(32)   NOT NULL,
  name               VARCHAR(100)  NOT NULL,
  english_name       VARCHAR(200),
  credit_code        VARCHAR(18),
  discipline         VARCHAR(32)   NOT NULL,
  supervision_mode   VARCHAR(32)   NOT NULL,
  status             VARCHAR(32)   NOT NULL,
  weak               BOOLEAN       NOT NULL DEFAULT FALSE,
  business_scope     VARCHAR(1000),
  address            VARCHAR(200),
  contact_phone      VARCHAR(32),
  registered_on      DATE,
  term_number        INT,
  term_start         DATE,
  term_end           DATE,
  party_organisation VARCHAR(32)   NOT NULL,
  members_individual INT           NOT NULL DEFAULT 0,
  members_unit       INT           NOT NULL DEFAULT 0,
  version            BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_society_code UNIQUE (code),
  CONSTRAINT uq_society_name UNIQUE (name),
  CONSTRAINT uq_society_credit_code UNIQUE (credit_code)
);

CREATE TABLE society_officer (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  society_id           BIGINT       NOT NULL,
  role                 VARCHAR(32)  NOT NULL,
  name                 VARCHAR(50)  NOT NULL,
  birth_date           DATE,
  legal_representative BOOLEAN      NOT NULL DEFAULT FALSE,
  full_time            BOOLEAN      NOT NULL DEFAULT FALSE,
  terms_served         INT          NOT NULL DEFAULT 1,
  CONSTRAINT fk_officer_society FOREIGN KEY (society_id) REFERENCES society (id)
);

CREATE TABLE society_status_change (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  society_id  BIGINT       NOT NULL,
  from_status VARCHAR(32),
  to_status   VARCHAR(32)  NOT NULL,
  reason      VARCHAR(500) NOT NULL,
  changed_by  VARCHAR(64),
  changed_at  TIMESTAMP    NOT NULL,
  CONSTRAINT fk_status_change_society FOREIGN KEY (society_id) REFERENCES society (id)
);

CREATE TABLE society_inspection_result (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  society_id     BIGINT      NOT NULL,
  inspection_year INT        NOT NULL,
  grade          VARCHAR(32) NOT NULL,
  rectified      BOOLEAN,
  application_no VARCHAR(32),
  recorded_at    TIMESTAMP   NOT NULL,
  CONSTRAINT uq_inspection_result UNIQUE (society_id, inspection_year),
  CONSTRAINT fk_inspection_result_society FOREIGN KEY (society_id) REFERENCES society (id)
);

CREATE TABLE application_sequence (
  prefix     VARCHAR(8) NOT NULL,
  seq_year   INT        NOT NULL,
  current_value INT     NOT NULL,
  PRIMARY KEY (prefix, seq_year)
);

CREATE TABLE review_opinion (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  business_key        VARCHAR(32)   NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  task_id             VARCHAR(64)   NOT NULL,
  task_definition_key VARCHAR(64)   NOT NULL,
  task_name           VARCHAR(100)  NOT NULL,
  user_id             VARCHAR(64),
  decision            VARCHAR(32)   NOT NULL,
  opinion             VARCHAR(2000) NOT NULL,
  created_at          TIMESTAMP     NOT NULL
);
CREATE INDEX ix_review_opinion_business_key ON review_opinion (business_key);

CREATE TABLE notification (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient_group VARCHAR(64)  NOT NULL,
  title           VARCHAR(200) NOT NULL,
  link            VARCHAR(200),
  created_at      TIMESTAMP    NOT NULL
);
CREATE INDEX ix_notification_group ON notification (recipient_group);

CREATE TABLE inspection_campaign (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  inspection_year     INT         NOT NULL,
  report_deadline     DATE        NOT NULL,
  status              VARCHAR(32) NOT NULL,
  process_instance_id VARCHAR(64),
  opened_by           VARCHAR(64),
  opened_at           TIMESTAMP   NOT NULL,
  closed_at           TIMESTAMP,
  CONSTRAINT uq_campaign_year UNIQUE (inspection_year)
);

CREATE TABLE annual_inspection (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_no            VARCHAR(32)   NOT NULL,
  campaign_id               BIGINT        NOT NULL,
  society_id                BIGINT        NOT NULL,
  inspection_year           INT           NOT NULL,
  status                    VARCHAR(24)   NOT NULL,
  process_instance_id       VARCHAR(64),
  report_deadline           DATE          NOT NULL,
  members_individual        INT,
  members_unit              INT,
  staff_count               INT,
  academic_activities       INT,
  popular_science_activities INT,
  service_activities        INT,
  general_assembly_held     BOOLEAN,
  council_meetings          INT,
  standing_council_meetings INT,
  party_activities          INT,
  income                    DECIMAL(15,2),
  expenses                  DECIMAL(15,2),
  net_assets                DECIMAL(15,2),
  audit_opinion             VARCHAR(32),
  charter_followed          BOOLEAN,
  work_summary              VARCHAR(4000),
  officer_changes           VARCHAR(1000),
  party_building            VARCHAR(2000),
  certificate_lent          BOOLEAN,
  outside_scope             BOOLEAN,
  unfiled_changes           BOOLEAN,
  for_profit                BOOLEAN,
  assets_misappropriated    BOOLEAN,
  improper_awards           BOOLEAN,
  criticised_last_year      BOOLEAN,
  submitted_at              TIMESTAMP,
  submitted_by              VARCHAR(64),
  proposed_grade            VARCHAR(32),
  proposed_grade_reason     VARCHAR(200),
  grade                     VARCHAR(32),
  grade_override_reason     VARCHAR(1000),
  graded_at                 TIMESTAMP,
  rectification_report      VARCHAR(4000),
  rectification_submitted_at TIMESTAMP,
  rectified                 BOOLEAN,
  version                   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_inspection_no UNIQUE (application_no),
  CONSTRAINT uq_inspection_society_year UNIQUE (society_id, inspection_year),
  CONSTRAINT fk_inspection_campaign FOREIGN KEY (campaign_id) REFERENCES inspection_campaign (id),
  CONSTRAINT fk_inspection_society FOREIGN KEY (society_id) REFERENCES society (id)
);
CREATE INDEX ix_inspection_campaign ON annual_inspection (campaign_id);

CREATE TABLE attachment (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  owner_type   VARCHAR(32)  NOT NULL,
  owner_id     BIGINT       NOT NULL,
  society_id   BIGINT       NOT NULL,
  kind         VARCHAR(32)  NOT NULL,
  filename     VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  content      LONGBLOB     NOT NULL,
  uploaded_by  VARCHAR(64)  NOT NULL,
  uploaded_at  TIMESTAMP    NOT NULL
);
CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id);
