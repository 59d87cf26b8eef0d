-- Invitations to set the password of an account someone else created (the secretariat accounts of the register
-- import): only the SHA-256 hash (hex) of the token the mail carries, when the link stops working, when the mail was
-- sent and when the link was used. A new invitation of the same account replaces the last one.

CREATE TABLE account_invitation (
  user_id     VARCHAR(64) NOT NULL PRIMARY KEY,
  token_hash  VARCHAR(64) NOT NULL,
  expires_at  TIMESTAMP   NOT NULL,
  sent_at     TIMESTAMP   NOT NULL,
  used_at     TIMESTAMP   NULL,
  CONSTRAINT uq_account_invitation_token UNIQUE (token_hash)
);

-- Accounts that logged in with a temporary password someone else gave them (学会部, for a secretariat without mail):
-- until they have chosen their own, every portal page sends them to set one.
CREATE TABLE account_password_change (
  user_id        VARCHAR(64) NOT NULL PRIMARY KEY,
  required_since TIMESTAMP   NOT NULL
);
