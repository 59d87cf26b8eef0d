package org.societyflow.workflow;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 补正 (by the holder of the current step) and 撤回 (by the applicant) from the application's page. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CorrectionController {

    private final Corrections corrections;
    private final Withdrawals withdrawals;
    private final CurrentUsers currentUsers;

    @PostMapping("/approvals/{businessKey}/corrections")
    String request(@PathVariable String businessKey, @RequestParam(required = false) List<String> fields,
                   @RequestParam(required = false) String reason,
                   @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        return ApprovalController.outcome(back, redirect, "correction.requested",
                () -> corrections.request(businessKey, fields, reason, currentUsers.current()));
    }

    @PostMapping("/approvals/{businessKey}/withdrawal")
    String withdraw(@PathVariable String businessKey, @RequestHeader(value = "Referer", required = false) String back,
                    RedirectAttributes redirect) {
        return ApprovalController.outcome(back, redirect, "withdrawal.done",
                () -> withdrawals.withdraw(businessKey, currentUsers.current()));
    }
}
