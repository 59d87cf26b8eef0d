package org.societyflow.founding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.FormPages;
import org.societyflow.society.Candidate;
import org.societyflow.society.Discipline;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.OfficialStatus;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.SocietyRules;
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

/** The 学会成立 pages: the initiator's application, its documents and progress, and the consent letter. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FoundingController {

    private static final int INITIATOR_ROWS = 5;
    private static final int OFFICER_ROWS = 4;

    private final FoundingService foundings;
    private final SocietyRules rules;
    private final FoundingSettings settings;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/foundings")
    String list(Model model) {
        model.addAttribute("foundings", foundings.visibleTo(currentUsers.current()));
        return "founding/list";
    }

    @PostMapping("/foundings")
    String start(RedirectAttributes redirect) {
        FoundingApplication application = foundings.start(currentUsers.current());
        redirect.addFlashAttribute("success", "founding.started");
        return "redirect:/foundings/" + application.getId();
    }

    @GetMapping("/foundings/{id}")
    String view(@PathVariable Long id, Model model) {
        FoundingApplication application = foundings.get(id, currentUsers.current());
        return show(application, application.getForm(), model);
    }

    @PostMapping("/foundings/{id}/application")
    String application(@PathVariable Long id, @Validated @ModelAttribute("form") FoundingForm form, BindingResult binding,
                       @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        FoundingApplication application = foundings.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/foundings/" + id,
                () -> show(application, form, model), () -> foundings.save(id, form, user),
                () -> foundings.submit(id, form, user), "founding.submitted");
    }

    /** The 同意筹备 letter, printable (and saved as PDF from the browser's print dialog). */
    @GetMapping("/foundings/{id}/consent-letter")
    String consentLetter(@PathVariable Long id, Model model) {
        FoundingApplication application = foundings.consented(id, currentUsers.current());
        model.addAttribute("founding", application);
        model.addAttribute("form", application.getForm());
        model.addAttribute("supervisingUnit", settings.getSupervisingUnit());
        return "founding/consent-letter";
    }

    private String show(FoundingApplication application, FoundingForm form, Model model) {
        CurrentUser user = currentUsers.current();
        boolean editable = foundings.editableBy(application, user);
        model.addAttribute("founding", application);
        model.addAttribute("form", editable ? withSpareRows(form) : form);
        model.addAttribute("editable", editable);
        model.addAttribute("rules", rules);
        model.addAttribute("attachments", foundings.attachments(application.getId(), user));
        model.addAttribute("attachmentKinds", editable
                ? Arrays.stream(FoundingAttachmentKind.values()).map(Enum::name).toList() : List.of());
        model.addAttribute("disciplines", Discipline.values());
        model.addAttribute("partyOrganisations", PartyOrganisation.values());
        model.addAttribute("roles", OfficerRole.values());
        model.addAttribute("officialStatuses", OfficialStatus.values());
        model.addAttribute("progress", progress.progress(application.getApplicationNo()));
        return "founding/view";
    }

    /** Spare initiator and officer rows to fill in; changes the form in place so the page keeps its binding errors. */
    private static FoundingForm withSpareRows(FoundingForm form) {
        List<Initiator> initiators = new ArrayList<>(form.getInitiators());
        initiators.removeIf(Objects::isNull);
        while (initiators.size() < INITIATOR_ROWS) {
            initiators.add(new Initiator());
        }
        form.setInitiators(initiators);
        List<Candidate> officers = new ArrayList<>(form.getOfficers());
        officers.removeIf(Objects::isNull);
        while (officers.size() < OFFICER_ROWS) {
            officers.add(new Candidate());
        }
        form.setOfficers(officers);
        return form;
    }
}
