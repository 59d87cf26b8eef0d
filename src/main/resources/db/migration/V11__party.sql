-- 学会党建: the party organisation register (one row per society that has reported or been imported) and the
-- reports a society files when its party organisation changes (party-organisation-change, DJ-<year>-<seq>).

CREATE TABLE party_organisation (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  society_id          BIGINT        NOT NULL,
  organisation_form   VARCHAR(32)   NOT NULL,
  set_up_on           DATE,
  secretary           VARCHAR(50),
  party_members       INT,
  work_group          BOOLEAN       NOT NULL DEFAULT FALSE,
  instructor          VARCHAR(50),
  parent_organisation VARCHAR(200),
  application_no      VARCHAR(32),
  updated_at          TIMESTAMP,
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_party_society UNIQUE (society_id),
  CONSTRAINT fk_party_society FOREIGN KEY (society_id) REFERENCES society (id)
);

CREATE TABLE party_change (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_no      VARCHAR(32)   NOT NULL,
  society_id          BIGINT        NOT NULL,
  status              VARCHAR(32)   NOT NULL,
  process_instance_id VARCHAR(64),
  change_kind         VARCHAR(32),
  organisation_form   VARCHAR(32),
  set_up_on           DATE,
  secretary           VARCHAR(50),
  party_members       INT,
  work_group          BOOLEAN,
  parent_organisation VARCHAR(200),
  description         VARCHAR(2000),
  report_due          DATE,
  submitted_at        TIMESTAMP,
  decided_at          TIMESTAMP,
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_party_change_no UNIQUE (application_no),
  CONSTRAINT fk_party_change_society FOREIGN KEY (society_id) REFERENCES society (id)
);
CREATE INDEX ix_party_change_society ON party_change (society_id);
