-- 补正: a reviewer asks the society to correct named fields of the step it passed; resolved when it resubmits.

CREATE TABLE correction_request (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  business_key        VARCHAR(32)   NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  task_definition_key VARCHAR(64)   NOT NULL,
  step_name           VARCHAR(100)  NOT NULL,
  field_names         VARCHAR(1000) NOT NULL,
  reason              VARCHAR(1000) NOT NULL,
  requested_by        VARCHAR(64)   NOT NULL,
  requested_at        TIMESTAMP     NOT NULL,
  resolved_at         TIMESTAMP     NULL
);
CREATE INDEX ix_correction_request_business_key ON correction_request (business_key);
