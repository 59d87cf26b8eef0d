-- 换届: the members' vote behind an exception for a flagged candidate (votes for, members present), and why the
-- 法定代表人 is not the 理事长 when another officer is.
ALTER TABLE reelection ADD COLUMN exception_votes_for INT NULL;
ALTER TABLE reelection ADD COLUMN exception_members_present INT NULL;
ALTER TABLE reelection ADD COLUMN legal_representative_reason TEXT NULL;
