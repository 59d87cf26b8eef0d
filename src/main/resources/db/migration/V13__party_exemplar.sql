-- 党建典型 ("同心炬会 科耀江城"): the party committee's yearly selection of exemplary society party organisations and
-- brand activities (party-exemplar-selection, DX-<year>-<seq>) and the societies' nominations, records of their
-- selection. Long texts are TEXT (MariaDB's row-size limit).

CREATE TABLE party_exemplar_selection (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_no       VARCHAR(32),
  selection_year       INT           NOT NULL,
  title                VARCHAR(200)  NOT NULL,
  call_text            TEXT          NOT NULL,
  closes_on            DATE          NOT NULL,
  quota                INT           NOT NULL,
  notice_working_days  INT           NOT NULL,
  status               VARCHAR(32)   NOT NULL,
  notice_ends_on       DATE,
  objection            VARCHAR(2000),
  created_by           VARCHAR(64)   NOT NULL,
  created_at           TIMESTAMP     NOT NULL,
  published_at         TIMESTAMP,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_party_exemplar_no UNIQUE (application_no)
);

CREATE TABLE party_exemplar_nomination (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  selection_id         BIGINT        NOT NULL,
  society_id           BIGINT        NOT NULL,
  kind                 VARCHAR(32)   NOT NULL,
  title                VARCHAR(200)  NOT NULL,
  achievements         TEXT          NOT NULL,
  submitted_at         TIMESTAMP     NOT NULL,
  ranking_position     INT,
  exemplary            BOOLEAN       NOT NULL DEFAULT FALSE,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_party_nomination UNIQUE (selection_id, society_id, kind),
  CONSTRAINT fk_party_nomination_selection FOREIGN KEY (selection_id) REFERENCES party_exemplar_selection (id),
  CONSTRAINT fk_party_nomination_society FOREIGN KEY (society_id) REFERENCES society (id)
);
CREATE INDEX ix_party_nomination_society ON party_exemplar_nomination (society_id);
