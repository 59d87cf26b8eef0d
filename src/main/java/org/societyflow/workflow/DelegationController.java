package org.societyflow.workflow;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 委派 and 交回 from an application's progress section; back to the page with the outcome. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DelegationController {

    private final ApprovalOperations operations;
    private final CurrentUsers currentUsers;

    @PostMapping("/approvals/tasks/{taskId}/delegate")
    String delegate(@PathVariable String taskId, @RequestParam(required = false) String toUser,
                    @RequestParam(required = false) String reason,
                    @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        return ApprovalController.outcome(back, redirect, "approval.delegated",
                () -> operations.delegate(taskId, toUser, reason, currentUsers.current()));
    }

    @PostMapping("/approvals/tasks/{taskId}/resolve")
    String resolve(@PathVariable String taskId, @RequestParam(required = false) String reason,
                   @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        return ApprovalController.outcome(back, redirect, "approval.resolved",
                () -> operations.resolve(taskId, reason, currentUsers.current()));
    }
}
