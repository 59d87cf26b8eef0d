package org.societyflow.workflow;

import java.util.List;
import java.util.Map;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.ProcessVariables;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 退回, 转办 and 催办 from the progress section of any application page, and the printable 审批单. Each returns to the
 * page it came from with the outcome; a refused operation changes nothing.
 */
@Controller
class ApprovalController {

    private final ApprovalOperations operations;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;
    private final Copies copies;
    private final List<ApplicationOutcome> outcomes;
    private final ApprovalSheetSettings sheetSettings;

    ApprovalController(ApprovalOperations operations, ProcessProgressService progress, CurrentUsers currentUsers,
                       Copies copies, List<ApplicationOutcome> outcomes, ApprovalSheetSettings sheetSettings) {
        this.copies = copies;
        this.outcomes = outcomes;
        this.sheetSettings = sheetSettings;
        this.operations = operations;
        this.progress = progress;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/approvals/{businessKey}/send-back")
    String sendBack(@PathVariable String businessKey, @RequestParam(required = false) String activityId,
                    @RequestParam(required = false) String reason, @RequestHeader(value = "Referer", required = false) String back,
                    RedirectAttributes redirect) {
        return outcome(back, redirect, "approval.sentBack",
                () -> operations.sendBack(businessKey, activityId, reason, currentUsers.current()));
    }

    @PostMapping("/approvals/{businessKey}/steps/{activityId}/transfer")
    String transferStep(@PathVariable String businessKey, @PathVariable String activityId,
                        @RequestParam(required = false) String toUser, @RequestParam(required = false) String reason,
                        @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        return outcome(back, redirect, "approval.transferred", () -> operations.transfer(
                operations.openTask(businessKey, activityId), toUser, reason, currentUsers.current()));
    }

    @PostMapping("/approvals/tasks/{taskId}/transfer")
    String transfer(@PathVariable String taskId, @RequestParam(required = false) String toUser,
                    @RequestParam(required = false) String reason,
                    @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        return outcome(back, redirect, "approval.transferred",
                () -> operations.transfer(taskId, toUser, reason, currentUsers.current()));
    }

    @PostMapping("/approvals/{businessKey}/urge")
    String urge(@PathVariable String businessKey, @RequestHeader(value = "Referer", required = false) String back,
                RedirectAttributes redirect) {
        return outcome(back, redirect, "approval.urged", () -> operations.urge(businessKey, currentUsers.current()));
    }

    /**
     * 审批单: the issuing organisation, what the application is, its decision (the feature's {@link ApplicationOutcome}),
     * every opinion, and lines to sign and seal, for print; for staff, the application's own society and whoever it was
     * copied to (抄送).
     */
    @GetMapping("/approvals/{businessKey}/sheet")
    String sheet(@PathVariable String businessKey, Model model) {
        CurrentUser user = currentUsers.current();
        Map<String, Object> subject = progress.subject(businessKey);
        boolean own = subject != null && (ProcessVariables.SOCIETY_CODE.from(subject) != null
                && user.canAccessSociety(ProcessVariables.SOCIETY_CODE.from(subject))
                || user.userId().equals(ProcessVariables.APPLICANT.from(subject)));
        if (subject == null || !(user.isStaff() || own || copies.isRecipient(businessKey, user.userId()))) {
            throw new NotFoundException("application", businessKey);
        }
        model.addAttribute("subject", subject);
        model.addAttribute("progress", progress.progress(businessKey));
        model.addAttribute("outcome", outcomes.stream()
                .filter(o -> o.processDefinitionKey().equals(subject.get("processKey")))
                .flatMap(o -> o.outcome(businessKey).stream()).toList());
        model.addAttribute("sheet", sheetSettings);
        return "portal/approval-sheet";
    }

    static String outcome(String back, RedirectAttributes redirect, String success, Runnable operation) {
        try {
            operation.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("approvalError", e.getFieldErrors().values().iterator().next());
        }
        return "redirect:" + (back == null || !back.contains("://") ? "/" : back.replaceFirst("^https?://[^/]+", ""));
    }
}
