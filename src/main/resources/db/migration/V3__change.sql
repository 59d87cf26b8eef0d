-- 变更 (change registration): registered particulars the register did not hold yet, requests and their items.

ALTER TABLE society ADD COLUMN registered_funds DECIMAL(15,2);
ALTER TABLE society ADD COLUMN supervising_unit VARCHAR(200);
ALTER TABLE society ADD COLUMN charter_adopted_on DATE;

CREATE TABLE change_request (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_no      VARCHAR(32)   NOT NULL,
  society_id          BIGINT        NOT NULL,
  status              VARCHAR(32)   NOT NULL,
  process_instance_id VARCHAR(64),
  reason              VARCHAR(2000),
  submitted_at        TIMESTAMP,
  applied_at          TIMESTAMP,
  filing_due          DATE,
  filed_on            DATE,
  certificate_no      VARCHAR(64),
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_change_no UNIQUE (application_no),
  CONSTRAINT fk_change_society FOREIGN KEY (society_id) REFERENCES society (id)
);
CREATE INDEX ix_change_society ON change_request (society_id);

CREATE TABLE change_item (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  change_request_id BIGINT        NOT NULL,
  position          INT           NOT NULL,
  item              VARCHAR(32)   NOT NULL,
  old_value         VARCHAR(4000),
  new_value         VARCHAR(4000),
  CONSTRAINT fk_item_change FOREIGN KEY (change_request_id) REFERENCES change_request (id)
);

CREATE TABLE change_officer (
  id                             BIGINT AUTO_INCREMENT PRIMARY KEY,
  change_request_id              BIGINT       NOT NULL,
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
  CONSTRAINT fk_officer_change FOREIGN KEY (change_request_id) REFERENCES change_request (id)
);

UPDATE society SET supervising_unit = '武汉市科学技术协会' WHERE supervision_mode = 'SUPERVISED';
