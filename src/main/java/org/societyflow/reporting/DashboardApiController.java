package org.societyflow.reporting;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures as JSON, for staff; others get 403 as problem+json. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardApiController {

    private final DashboardService dashboards;
    private final CurrentUsers currentUsers;

    @GetMapping("/api/v1/dashboard")
    Dashboard dashboard() {
        return dashboards.dashboard(currentUsers.current());
    }
}
