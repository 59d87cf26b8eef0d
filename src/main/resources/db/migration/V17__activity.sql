-- 活动台账: one row per activity a society records; a draft has no number, its submission numbers it
-- (HD-<year>-<seq>) and starts activity-verification. The 年检 prefill and the 软弱涣散 scan count VERIFIED rows.

CREATE TABLE activity (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_no      VARCHAR(32),
  society_id          BIGINT        NOT NULL,
  status              VARCHAR(32)   NOT NULL,
  activity_type       VARCHAR(32),
  title               VARCHAR(200),
  starts_on           DATE,
  ends_on             DATE,
  venue               VARCHAR(200),
  held_online         BOOLEAN,
  organisers          VARCHAR(500),
  co_organisers       VARCHAR(500),
  participants        INT,
  audience            INT,
  brand               VARCHAR(32),
  summary             VARCHAR(4000),
  sampled             BOOLEAN,
  correction_due      DATE,
  created_by          VARCHAR(64),
  submitted_at        TIMESTAMP,
  verified_at         TIMESTAMP,
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_activity_no UNIQUE (application_no),
  CONSTRAINT fk_activity_society FOREIGN KEY (society_id) REFERENCES society (id)
);
CREATE INDEX ix_activity_society_start ON activity (society_id, starts_on);
CREATE INDEX ix_activity_status_end ON activity (status, ends_on);
