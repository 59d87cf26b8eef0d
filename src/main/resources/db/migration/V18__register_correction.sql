-- 更正: 学会部 corrects a data error in the register; the change log keeps why, next to old → new.
ALTER TABLE society_change_log ADD COLUMN reason VARCHAR(1000) NULL;
