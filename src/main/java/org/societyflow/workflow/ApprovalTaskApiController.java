package org.societyflow.workflow;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.identity.PeoplePicker;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task as the Tasklist plugin's 审批操作 tab needs it, and the people its operations (and the portal's) offer. The answer carries the session's CSRF token: Tasklist's own
 * token guards only the webapps' API, and the plugin's operations post to this app's API in the same session.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApprovalTaskApiController {

    private final ApprovalTaskViews views;
    private final ApprovalPeople people;
    private final CurrentUsers currentUsers;

    @GetMapping("/api/v1/approvals/tasks/{taskId}")
    ApprovalTaskViews.ApprovalTaskView task(@PathVariable String taskId, CsrfToken csrf) {
        return views.of(taskId, currentUsers.current(),
                csrf == null ? null : new ApprovalTaskViews.Csrf(csrf.getHeaderName(), csrf.getToken()));
    }

    /**
     * The people an operation may go to, each with its label "姓名（部门）": with {@code taskId}, the colleagues 转办 and
     * 委派 of that task offer; without, the recipients 抄送 offers. For 科协 staff only.
     */
    @GetMapping("/api/v1/approvals/people")
    List<PeoplePicker.Person> people(@RequestParam(required = false) String taskId) {
        return taskId == null || taskId.isBlank() ? people.recipients(currentUsers.current())
                : people.colleagues(taskId.strip(), currentUsers.current());
    }
}
