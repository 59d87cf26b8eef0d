package org.societyflow.party;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.FormPages;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
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
 * The party building pages: the register (every society under supervision for the 科协's staff, with the
 * coverage; a society's own line for its secretariat) and the reports that change it.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PartyOrganisationController {

    private final PartyOrganisationService party;
    private final PartyExemplarService exemplars;
    private final SocietyService societies;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/party-organisations")
    String register(Model model) {
        CurrentUser user = currentUsers.current();
        List<Society> shown = party.registerVisibleTo(user);
        Map<Long, PartyOrganisationRecord> records = party.records(shown.stream().map(Society::getId).toList());
        List<PartyOrganisationChange> reports = party.visibleTo(user);
        model.addAttribute("societies", shown);
        model.addAttribute("records", records);
        model.addAttribute("exemplars", exemplars.exemplars(shown.stream().map(Society::getId).toList()));
        model.addAttribute("coverage", PartyCoverage.of(shown, records));
        model.addAttribute("reports", reports);
        model.addAttribute("societyNames", societies.names(reports.stream().map(PartyOrganisationChange::getSocietyId).toList()));
        return "party/register";
    }

    @PostMapping("/party-changes")
    String start(RedirectAttributes redirect) {
        PartyOrganisationChange change = party.start(currentUsers.current());
        redirect.addFlashAttribute("success", "party.started");
        return "redirect:/party-changes/" + change.getId();
    }

    @GetMapping("/party-changes/{id}")
    String view(@PathVariable Long id, Model model) {
        PartyOrganisationChange change = party.get(id, currentUsers.current());
        return show(change, change.getForm(), model);
    }

    @PostMapping("/party-changes/{id}")
    String report(@PathVariable Long id, @Validated @ModelAttribute("form") PartyReportForm form, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        PartyOrganisationChange change = party.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/party-changes/" + id,
                () -> show(change, form, model),
                () -> party.save(id, form, user), () -> party.submit(id, form, user), "party.submitted");
    }

    private String show(PartyOrganisationChange change, PartyReportForm form, Model model) {
        Society society = societies.get(change.getSocietyId());
        CurrentUser user = currentUsers.current();
        boolean editable = society.getCode().equals(user.societyCode()) && change.getStatus().editable();
        model.addAttribute("change", change);
        model.addAttribute("society", society);
        model.addAttribute("record", party.record(society.getId()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("editable", editable);
        model.addAttribute("kinds", PartyReportForm.PartyChangeKind.values());
        model.addAttribute("organisationForms", PartyOrganisation.values());
        model.addAttribute("attachments", party.attachments(change.getId(), user));
        model.addAttribute("attachmentKinds", editable
                ? Arrays.stream(PartyReportForm.PartyAttachmentKind.values()).map(Enum::name).toList() : List.of());
        model.addAttribute("progress", progress.progress(change.getApplicationNo()));
        return "party/change";
    }
}
