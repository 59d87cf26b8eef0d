-- A draft may hold a row the applicant has only begun (a role without a name, a name without a role); the
-- submission's validation requires both. Until now such a row failed the insert with a 500.
ALTER TABLE founding_initiator ALTER COLUMN name SET NULL;
ALTER TABLE founding_officer ALTER COLUMN role SET NULL;
ALTER TABLE founding_officer ALTER COLUMN name SET NULL;
ALTER TABLE reelection_candidate ALTER COLUMN role SET NULL;
ALTER TABLE reelection_candidate ALTER COLUMN name SET NULL;
ALTER TABLE reelection_elected ALTER COLUMN role SET NULL;
ALTER TABLE reelection_elected ALTER COLUMN name SET NULL;
