package org.societyflow.identity;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A login refused because the account is locked after failed logins, whatever the password ({@link LoginLocks}). */
public class AccountLockedException extends LockedException {

    private final transient LoginLocks.Lock lock;

    AccountLockedException(LoginLocks.Lock lock) {
        super("account " + lock.userId() + " is locked after " + lock.failedAttempts() + " failed logins");
        this.lock = lock;
    }

    /** When the lock lifts by itself, or {@code null} when only an admin can unlock the account. */
    public Instant until() {
        return lock.until();
    }
}
