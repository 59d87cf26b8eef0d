package org.societyflow.modeling;

import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.springframework.security.access.AccessDeniedException;

/** Deploying, migrating and operating on instances is for admins (camunda-admin) only. */
final class ModelAdmins {

    private ModelAdmins() {
    }

    static void require(CurrentUser user) {
        if (!user.isIn(Groups.ADMIN)) {
            throw new AccessDeniedException("camunda-admin only");
        }
    }
}
