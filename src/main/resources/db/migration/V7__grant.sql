-- 项目资助 (grants): programmes, applications with budget lines and team, the expert pool and its reviews,
-- 海智 stations and their yearly assessments. Long texts are TEXT (MariaDB's row-size limit).

CREATE TABLE grant_programme (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                   VARCHAR(32),
  type                   VARCHAR(32)    NOT NULL,
  programme_year         INT            NOT NULL,
  title                  VARCHAR(200)   NOT NULL,
  call_text              TEXT,
  opens_on               DATE           NOT NULL,
  closes_on              DATE           NOT NULL,
  total_budget           BIGINT         NOT NULL,
  cap_per_project        BIGINT         NOT NULL,
  quota_per_society      INT            NOT NULL,
  categories             VARCHAR(500)   NOT NULL,
  experts_per_application INT           NOT NULL,
  notice_working_days    INT            NOT NULL,
  status                 VARCHAR(32)    NOT NULL,
  proposed_list          TEXT,
  funded_list            TEXT,
  adjustment_reason      VARCHAR(2000),
  notice_starts          DATE,
  notice_ends            DATE,
  created_by             VARCHAR(64),
  version                BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT uq_programme_code UNIQUE (code)
);

CREATE TABLE grant_application (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_no         VARCHAR(32),
  programme_id           BIGINT         NOT NULL,
  society_id             BIGINT         NOT NULL,
  status                 VARCHAR(32)    NOT NULL,
  title                  VARCHAR(200),
  category               VARCHAR(32),
  summary                TEXT,
  plan                   TEXT,
  starts_on              DATE,
  ends_on                DATE,
  venue                  VARCHAR(200),
  expected_participants  INT,
  requested_amount       BIGINT,
  lead_organiser         BOOLEAN,
  co_organisers          VARCHAR(1000),
  city_association_role  BOOLEAN,
  eligibility_summary    VARCHAR(2000),
  mean_score             DECIMAL(6,2),
  funded_amount          BIGINT,
  objection              VARCHAR(2000),
  report_summary         TEXT,
  report_participants    INT,
  report_spent           BIGINT,
  correction_due         DATE,
  final_report_due       DATE,
  submitted_at           TIMESTAMP,
  decided_at             TIMESTAMP,
  accepted_at            TIMESTAMP,
  created_by             VARCHAR(64),
  version                BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT uq_grant_no UNIQUE (application_no),
  CONSTRAINT fk_grant_programme FOREIGN KEY (programme_id) REFERENCES grant_programme (id),
  CONSTRAINT fk_grant_society FOREIGN KEY (society_id) REFERENCES society (id)
);
CREATE INDEX ix_grant_society ON grant_application (society_id);
CREATE INDEX ix_grant_programme ON grant_application (programme_id);

CREATE TABLE grant_budget_line (
  grant_application_id   BIGINT         NOT NULL,
  position               INT            NOT NULL,
  item                   VARCHAR(200),
  amount                 BIGINT,
  note                   VARCHAR(500),
  PRIMARY KEY (grant_application_id, position),
  CONSTRAINT fk_budget_grant FOREIGN KEY (grant_application_id) REFERENCES grant_application (id)
);

CREATE TABLE grant_team_member (
  grant_application_id   BIGINT         NOT NULL,
  position               INT            NOT NULL,
  name                   VARCHAR(100),
  organisation           VARCHAR(200),
  title                  VARCHAR(100),
  role                   VARCHAR(100),
  PRIMARY KEY (grant_application_id, position),
  CONSTRAINT fk_team_grant FOREIGN KEY (grant_application_id) REFERENCES grant_application (id)
);

CREATE TABLE expert (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id                VARCHAR(64)    NOT NULL,
  name                   VARCHAR(100)   NOT NULL,
  birth_date             DATE,
  disciplines            VARCHAR(200)   NOT NULL,
  member_of              VARCHAR(1000),
  active                 BOOLEAN        NOT NULL DEFAULT TRUE,
  version                BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT uq_expert_user UNIQUE (user_id)
);

CREATE TABLE expert_review (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  subject_key            VARCHAR(32)    NOT NULL,
  expert                 VARCHAR(64)    NOT NULL,
  review_round           INT            NOT NULL,
  status                 VARCHAR(32)    NOT NULL,
  innovation             INT,
  feasibility            INT,
  impact                 INT,
  budget_score           INT,
  total                  DECIMAL(6,2),
  review_comment         VARCHAR(2000),
  conflict_reason        VARCHAR(1000),
  assigned_at            TIMESTAMP      NOT NULL,
  completed_at           TIMESTAMP,
  version                BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX ix_expert_review_subject ON expert_review (subject_key);
CREATE INDEX ix_expert_review_expert ON expert_review (expert);

CREATE TABLE haizhi_station (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  name                   VARCHAR(200)   NOT NULL,
  kind                   VARCHAR(32)    NOT NULL,
  society_id             BIGINT         NOT NULL,
  established_year       INT            NOT NULL,
  status                 VARCHAR(32)    NOT NULL,
  closed_on              DATE,
  close_reason           VARCHAR(1000),
  version                BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT fk_station_society FOREIGN KEY (society_id) REFERENCES society (id)
);

CREATE TABLE station_assessment (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  assessment_no          VARCHAR(32)    NOT NULL,
  station_id             BIGINT         NOT NULL,
  assessment_year        INT            NOT NULL,
  status                 VARCHAR(32)    NOT NULL,
  work_summary           TEXT,
  talents_introduced     INT,
  projects_landed        INT,
  events_held            INT,
  report_due             DATE,
  mean_score             DECIMAL(6,2),
  passed                 BOOLEAN,
  submitted_at           TIMESTAMP,
  concluded_at           TIMESTAMP,
  version                BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT uq_station_assessment_no UNIQUE (assessment_no),
  CONSTRAINT uq_station_year UNIQUE (station_id, assessment_year),
  CONSTRAINT fk_assessment_station FOREIGN KEY (station_id) REFERENCES haizhi_station (id)
);

-- 民政's 活动异常名录 (credit watch list), entered by 学会部; a listed society may not apply for grants
ALTER TABLE society ADD COLUMN abnormal_activity BOOLEAN NOT NULL DEFAULT FALSE;
