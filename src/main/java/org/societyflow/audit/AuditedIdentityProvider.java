package org.societyflow.audit;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider, which also audits every failed password check. Every door checks passwords
 * through it (IdentityService.checkPassword: the portal's form and HTTP Basic, {@code /engine-rest}, the webapps'
 * login), so this is the one place that sees them all. Successful checks are not recorded here: an API client checks
 * its password on every call ({@link LoginAudit} records the portal's logins).
 */
class AuditedIdentityProvider extends DbIdentityServiceProvider {

    private final AuditLog auditLog;

    AuditedIdentityProvider(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        UserEntity user = userId == null ? null : findUserById(userId);
        boolean lockedBefore = user != null && isUserLocked(user);
        boolean valid = super.checkPassword(userId, password);
        if (!valid) {
            AuditKind kind = lockedBefore ? AuditKind.LOGIN_WHILE_LOCKED
                    : user != null && isUserLocked(user) ? AuditKind.ACCOUNT_LOCKED : AuditKind.LOGIN_FAILED;
            String detail = user == null ? "unknown user" : "failed attempts: " + user.getAttempts();
            auditLog.recordBestEffort(kind, userId, userId, detail);
        }
        return valid;
    }

    /** Opens the audited provider in place of the engine's own, for reads and writes alike. */
    static class Factory implements SessionFactory {

        private final AuditLog auditLog;

        Factory(AuditLog auditLog) {
            this.auditLog = auditLog;
        }

        @Override
        public Class<?> getSessionType() {
            return AuditedIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new AuditedIdentityProvider(auditLog);
        }
    }
}
