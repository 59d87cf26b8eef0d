package org.societyflow.workflow;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.identity.Groups;
import org.societyflow.shared.FormPages;
import org.societyflow.society.SocietyService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page for 迁入: a case running on paper enters SocietyFlow at its current step. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CaseEntryController {

    private static final String PAGE = "/admin/cases/new";

    private final CaseEntries entries;
    private final SocietyService societies;
    private final CurrentUsers currentUsers;

    @GetMapping(PAGE)
    String page(Model model) {
        admin();
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", new CaseEntryForm());
        }
        return view(model);
    }

    @PostMapping(PAGE)
    String enter(@ModelAttribute("entry") CaseEntryForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        CurrentUser user = admin();
        return FormPages.handle(binding, model, redirect, PAGE, () -> view(model), () -> {
            redirect.addFlashAttribute("enteredNo", entries.enter(form, user.userId()));
            return "caseEntry.entered";
        });
    }

    private String view(Model model) {
        model.addAttribute("steps", entries.steps());
        model.addAttribute("societies", societies.underSupervision());
        return "workflow/case-entry";
    }

    private CurrentUser admin() {
        CurrentUser user = currentUsers.current();
        if (!user.isIn(Groups.ADMIN)) {
            throw new AccessDeniedException("admins only");
        }
        return user;
    }
}
