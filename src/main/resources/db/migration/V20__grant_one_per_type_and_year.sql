-- 项目资助: a society applies once per programme type and year (grant-eligibility.dmn Rule_07, across the calls of
-- that type and year), so a call no longer carries its own quota of applications per society.
ALTER TABLE grant_programme DROP COLUMN quota_per_society;
