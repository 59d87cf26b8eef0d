package org.societyflow.onboarding;

import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.springframework.security.access.AccessDeniedException;

/** The register import is 学会部's and the admins'. */
final class ImportAccess {

    private ImportAccess() {
    }

    static boolean allowed(CurrentUser user) {
        return user.isIn(Groups.SOCIETY_AFFAIRS) || user.isIn(Groups.ADMIN);
    }

    static void require(CurrentUser user) {
        if (!allowed(user)) {
            throw new AccessDeniedException("学会部 only");
        }
    }
}
