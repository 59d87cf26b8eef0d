package org.societyflow.workflow;

import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 抄送 from an application's progress section, and 抄送我的: the recipient's inbox and the read-only 审批单. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CopyController {

    /** Recipients are the picker's chosen ids (one parameter each), or user names separated by commas, 、 or spaces. */
    private static final String SEPARATORS = "[,，、;；\\s]+";

    private final Copies copies;
    private final CurrentUsers currentUsers;

    @PostMapping("/approvals/{businessKey}/copies")
    String copy(@PathVariable String businessKey, @RequestParam(required = false) List<String> users,
                @RequestParam(required = false) String note,
                @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        return ApprovalController.outcome(back, redirect, "copy.sent", () -> copies.copy(businessKey,
                users == null ? null : users.stream().flatMap(u -> Arrays.stream(u.split(SEPARATORS))).toList(), note,
                currentUsers.current()));
    }

    @GetMapping("/copies")
    String inbox(Model model) {
        model.addAttribute("copies", copies.inbox(currentUsers.current()));
        return "workflow/copies";
    }

    /** Opening a copy marks it read and shows the application's 审批单. */
    @GetMapping("/copies/{id}")
    String open(@PathVariable long id) {
        return "redirect:/approvals/" + copies.open(id, currentUsers.current()) + "/sheet";
    }
}
