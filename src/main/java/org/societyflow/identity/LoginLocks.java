package org.societyflow.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Accounts that Camunda's identity service locked after failed logins ({@link LoginSecuritySettings}), read from
 * the user's failed-attempt count and lock time, which the engine keeps on the user itself.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LoginLocks {

    private final IdentityService identityService;
    private final ManagementService managementService;
    private final LoginSecuritySettings settings;

    /** A locked account: until when, or {@code null} when only an admin can unlock it. */
    public record Lock(String userId, String name, int failedAttempts, Instant until) {

        public boolean permanent() {
            return until == null;
        }
    }

    /** The lock that refuses this user's logins now, if any. */
    public Optional<Lock> lockOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user instanceof UserEntity entity ? lockOf(entity) : Optional.empty();
    }

    /** Every account locked now, permanent locks first. */
    public List<Lock> locked() {
        String table = managementService.getTableName(UserEntity.class);
        List<User> candidates = identityService.createNativeUserQuery()
                .sql("SELECT * FROM " + table + " WHERE ATTEMPTS_ >= #{maxAttempts} OR LOCK_EXP_TIME_ > #{now}")
                .parameter("maxAttempts", settings.getMaxAttempts())
                .parameter("now", Date.from(EngineClock.now()))
                .list();
        return candidates.stream().map(UserEntity.class::cast).map(this::lockOf).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Lock::permanent).reversed().thenComparing(Lock::userId))
                .toList();
    }

    /**
     * Lifts the lock and resets the failed attempts: Camunda's own unlock, which admins may also use in Admin, run as
     * the admin so the engine's operation log (and with it the audit log) names who unlocked.
     */
    public void unlock(String userId, CurrentUser admin) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new NotFoundException("user", userId);
        }
        identityService.setAuthentication(admin.userId(), List.copyOf(admin.groups()));
        try {
            identityService.unlockUser(userId);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Optional<Lock> lockOf(UserEntity user) {
                if (user.getAttempts() >= settings.getMaxAttempts()) {
            return Optional.of(new Lock(user.getId(), PersonNames.nameOf(user), user.getAttempts(), null));
        }
        Date expires = user.getLockExpirationTime();
        if (expires != null && expires.toInstant().isAfter(EngineClock.now())) {
            return Optional.of(new Lock(user.getId(), PersonNames.nameOf(user), user.getAttempts(), expires.toInstant()));
        }
        return Optional.empty();
    }
}
