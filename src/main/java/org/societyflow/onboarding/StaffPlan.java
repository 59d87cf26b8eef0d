package org.societyflow.onboarding;

import java.util.List;
import org.societyflow.identity.StaffAccounts.Saved;
import org.societyflow.identity.StaffAccounts.StaffAccount;

/** What checking a staff file found: its problems, and per account whether importing it creates or changes it. */
public record StaffPlan(List<Problem> problems, List<Planned> accounts) implements ImportPreview {

    /** An account of the file, with its role names as the file gives them, and what importing it would do. */
    public record Planned(StaffAccount account, String roles, Saved effect) {
    }

    public List<Planned> creates() {
        return accounts.stream().filter(p -> p.effect() == Saved.CREATED).toList();
    }

    public List<Planned> changes() {
        return accounts.stream().filter(p -> p.effect() == Saved.CHANGED).toList();
    }

    public long unchanged() {
        return accounts.stream().filter(p -> p.effect() == Saved.UNCHANGED).count();
    }
}
