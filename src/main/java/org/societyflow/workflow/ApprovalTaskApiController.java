package org.societyflow.workflow;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task as the Tasklist plugin's 审批操作 tab needs it. The answer carries the session's CSRF token: Tasklist's own
 * token guards only the webapps' API, and the plugin's operations post to this app's API in the same session.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApprovalTaskApiController {

    private final ApprovalTaskViews views;
    private final CurrentUsers currentUsers;

    @GetMapping("/api/v1/approvals/tasks/{taskId}")
    ApprovalTaskViews.ApprovalTaskView task(@PathVariable String taskId, CsrfToken csrf) {
        return views.of(taskId, currentUsers.current(),
                csrf == null ? null : new ApprovalTaskViews.Csrf(csrf.getHeaderName(), csrf.getToken()));
    }
}
