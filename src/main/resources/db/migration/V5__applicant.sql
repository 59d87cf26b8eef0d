-- Initiators (学会发起人) who registered themselves in the portal. The account itself (id, name, e-mail,
-- password, group applicants) is a Camunda user; this table keeps what Camunda has no field for, and the
-- e-mail confirmation: only the SHA-256 hash (hex) of the token that the confirmation mail carries.

CREATE TABLE applicant_account (
  user_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  phone               VARCHAR(20)  NOT NULL,
  employer            VARCHAR(200) NOT NULL,
  registered_at       TIMESTAMP    NOT NULL,
  confirmation_token  VARCHAR(64),
  token_expires_at    TIMESTAMP,
  confirmed_at        TIMESTAMP,
  CONSTRAINT uq_applicant_token UNIQUE (confirmation_token)
);
