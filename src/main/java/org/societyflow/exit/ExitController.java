package org.societyflow.exit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.identity.Groups;
import org.societyflow.shared.FormPages;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.ApplicationProgress;
import org.societyflow.workflow.ProcessProgressService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 软弱涣散 in the portal: 学会部's board (the scan's proposals to confirm or dismiss, the open cases by step and
 * deadline), and each case's page, where the society reads its letter and writes what its step asks.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExitController {

    private final ExitCaseService cases;
    private final ExitProposalService proposals;
    private final SocietyService societies;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/exit-cases")
    String board(Model model) {
        CurrentUser user = currentUsers.current();
        List<ExitCase> list = cases.visibleTo(user);
        List<ExitProposal> undecided = user.isStaff() ? proposals.undecided(user) : List.of();
        model.addAttribute("cases", list);
        model.addAttribute("proposals", undecided);
        model.addAttribute("progress", list.stream().filter(c -> c.getStatus().open())
                .collect(Collectors.toMap(ExitCase::getId, c -> progress.progress(c.getApplicationNo()))));
        model.addAttribute("societyNames", societies.names(java.util.stream.Stream.concat(
                list.stream().map(ExitCase::getSocietyId), undecided.stream().map(ExitProposal::getSocietyId)).toList()));
        return "exit/board";
    }

    @PostMapping("/exit-proposals/scan")
    String scan(RedirectAttributes redirect) {
        // the scan runs synchronously over the register and is quick: the page shows what it found, no progress bar
        redirect.addFlashAttribute("scanned", proposals.scan(currentUsers.current()).size());
        return "redirect:/exit-cases";
    }

    @PostMapping("/exit-proposals/{id}/confirm")
    String confirm(@PathVariable Long id, RedirectAttributes redirect) {
        proposals.confirm(id, currentUsers.current());
        redirect.addFlashAttribute("success", "exit.confirmed");
        return "redirect:/exit-cases";
    }

    @PostMapping("/exit-proposals/{id}/dismiss")
    String dismiss(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            proposals.dismiss(id, reason, currentUsers.current());
            redirect.addFlashAttribute("success", "exit.dismissed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("dismissError", id);
        }
        return "redirect:/exit-cases";
    }

    @GetMapping("/exit-cases/{id}")
    String view(@PathVariable Long id, Model model) {
        ExitCase exitCase = cases.get(id, currentUsers.current());
        return show(exitCase, exitCase.draft(), model);
    }

    @PostMapping("/exit-cases/{id}/submission")
    String submission(@PathVariable Long id, @Validated @ModelAttribute("form") CaseSubmission form, BindingResult binding,
                      @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        ExitCase exitCase = cases.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/exit-cases/" + id,
                () -> show(exitCase, form, model), () -> cases.save(id, form, user), () -> cases.submit(id, form, user),
                "exit.submitted");
    }

    /** 学会部 extends the running rectification period once; a missing reason comes back to the page. */
    @PostMapping("/exit-cases/{id}/extension")
    String extend(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            cases.extend(id, reason, currentUsers.current());
            redirect.addFlashAttribute("success", "exit.extended");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("extensionError", "exit.extensionReasonRequired");
        }
        return "redirect:/exit-cases/" + id;
    }

    /** The 致函提醒 letter, printable. */
    @GetMapping("/exit-cases/{id}/letter")
    String letter(@PathVariable Long id, Model model) {
        model.addAttribute("exitCase", cases.get(id, currentUsers.current()));
        return "exit/letter";
    }

    private String show(ExitCase exitCase, CaseSubmission form, Model model) {
        CurrentUser user = currentUsers.current();
        boolean own = societies.get(exitCase.getSocietyId()).getCode().equals(user.societyCode());
        boolean writable = own && cases.writable(exitCase);
        ApplicationProgress steps = progress.progress(exitCase.getApplicationNo());
        model.addAttribute("exitCase", exitCase);
        model.addAttribute("society", societies.get(exitCase.getSocietyId()));
        model.addAttribute("form", form);
        model.addAttribute("writable", writable);
        model.addAttribute("attachments", cases.attachments(exitCase.getId(), user));
        model.addAttribute("attachmentKinds", writable
                ? Arrays.stream(ExitAttachmentKind.values()).map(Enum::name).toList() : List.of());
        model.addAttribute("progress", steps);
        model.addAttribute("canExtend", user.isIn(Groups.SOCIETY_AFFAIRS) && exitCase.getStatus().period()
                && !exitCase.extended());
        return "exit/view";
    }
}
