-- A draft may hold a row the applicant has only begun (a role without a name, a name without a role); the
-- submission's validation requires both. Until now such a row failed the insert with a 500.
ALTER TABLE founding_initiator MODIFY name VARCHAR(100) NULL;
ALTER TABLE founding_officer MODIFY role VARCHAR(32) NULL;
ALTER TABLE founding_officer MODIFY name VARCHAR(50) NULL;
ALTER TABLE reelection_candidate MODIFY role VARCHAR(32) NULL;
ALTER TABLE reelection_candidate MODIFY name VARCHAR(50) NULL;
ALTER TABLE reelection_elected MODIFY role VARCHAR(32) NULL;
ALTER TABLE reelection_elected MODIFY name VARCHAR(50) NULL;
