package org.societyflow.reporting;

import org.societyflow.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard and the exports are for the 科协's own staff: 学会部, 科技社团党委, leadership and admins. Societies and
 * initiators get 403; so do experts, who are reviewers from outside and see a programme's scores only once its review has
 * closed, while the exports carry every programme's ranking.
 */
final class ReportingAccess {

    private ReportingAccess() {
    }

    static boolean allowed(CurrentUser user) {
        return user.isStaff();
    }

    static CurrentUser require(CurrentUser user) {
        if (!allowed(user)) {
            throw new AccessDeniedException("reporting is for 科协 staff");
        }
        return user;
    }
}
