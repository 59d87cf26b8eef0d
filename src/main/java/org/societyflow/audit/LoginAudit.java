package org.societyflow.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records the logins of people, through the portal's form (which the webapps take over). HTTP Basic clients are
 * not recorded on every call; their failed checks are, like every failure ({@link AuditedIdentityProvider}).
 */
@Component
class LoginAudit {

    private final AuditLog auditLog;

    LoginAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        String userId = event.getAuthentication().getName();
        auditLog.recordBestEffort(AuditKind.LOGIN, userId, userId, null);
    }
}
