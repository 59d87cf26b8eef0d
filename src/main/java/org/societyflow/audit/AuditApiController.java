package org.societyflow.audit;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over the JSON API, for admins: the same search as the page, one page at a time. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditApiController {

    record AuditPage(List<AuditEvent> events, int page, int pageSize) {
    }

    private final AuditSearch search;
    private final CurrentUsers currentUsers;

    /** {@code ?from=2026-12-01&to=2026-12-07&user=zhangsan&kind=ACCOUNT_LOCKED&page=0}, every part optional. */
    @GetMapping("/api/v1/admin/audit")
    AuditPage audit(@ModelAttribute AuditFilter filter) {
        return new AuditPage(search.page(filter, currentUsers.current()), Math.max(filter.getPage(), 0),
                search.pageSize());
    }
}
