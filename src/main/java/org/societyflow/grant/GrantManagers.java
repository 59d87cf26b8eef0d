package org.societyflow.grant;

import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.springframework.security.access.AccessDeniedException;

/** Programmes, the expert pool and the stations are managed by 学会部 (and admins). */
final class GrantManagers {

    private GrantManagers() {
    }

    static boolean isManager(CurrentUser user) {
        return user.isIn(Groups.SOCIETY_AFFAIRS) || user.isIn(Groups.ADMIN);
    }

    static void require(CurrentUser user) {
        if (!isManager(user)) {
            throw new AccessDeniedException("学会部 only");
        }
    }
}
