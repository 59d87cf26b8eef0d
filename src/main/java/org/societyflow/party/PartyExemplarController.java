package org.societyflow.party;

import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.FormPages;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 党建典型 pages: the selections (the party committee opens one there), a selection with its nominations,
 * result and the society's nomination and objection forms, and one nomination with its 材料.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PartyExemplarController {

    private final PartyExemplarService exemplars;
    private final SocietyService societies;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/party-exemplars")
    String list(Model model) {
        return list(exemplars.blankForm(), model);
    }

    @PostMapping("/party-exemplars")
    String open(@Validated @ModelAttribute("form") PartyExemplarForm.Selection form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        // who may, before what they sent: the form page with its errors is the committee's alone
        if (!PartyExemplarService.opensSelections(user)) {
            throw new BusinessRuleException("partyExemplar.committeeOnly");
        }
        Long[] opened = new Long[1];
        String page = FormPages.handle(binding, model, redirect, "/party-exemplars", () -> list(form, model), () -> {
            opened[0] = exemplars.open(form, user).getId();
            return "partyExemplar.opened";
        });
        return opened[0] != null ? "redirect:/party-exemplars/" + opened[0] : page;
    }

    @GetMapping("/party-exemplars/{id}")
    String view(@PathVariable Long id, Model model) {
        return view(id, new PartyExemplarForm.Nomination(), new PartyExemplarForm.Objection(), model);
    }

    @PostMapping("/party-exemplars/{id}/nominations")
    String nominate(@PathVariable Long id, @Validated @ModelAttribute("nomination") PartyExemplarForm.Nomination form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = requireSociety();
        Long[] created = new Long[1];
        String page = FormPages.handle(binding, model, redirect, "/party-exemplars/" + id,
                () -> view(id, form, new PartyExemplarForm.Objection(), model), () -> {
                    created[0] = exemplars.nominate(id, form, user).getId();
                    return "partyExemplar.nominated";
                });
        return created[0] != null ? "redirect:/party-nominations/" + created[0] : page;
    }

    @PostMapping("/party-exemplars/{id}/objection")
    String object(@PathVariable Long id, @Validated @ModelAttribute("objection") PartyExemplarForm.Objection form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = requireSociety();
        return FormPages.handle(binding, model, redirect, "/party-exemplars/" + id,
                () -> view(id, new PartyExemplarForm.Nomination(), form, model), () -> {
                    exemplars.object(id, form, user);
                    return "partyExemplar.objected";
                });
    }

    @GetMapping("/party-nominations/{id}")
    String nomination(@PathVariable Long id, Model model) {
        PartyNomination nomination = exemplars.nomination(id, currentUsers.current());
        PartyExemplarForm.Nomination form = new PartyExemplarForm.Nomination();
        form.setKind(nomination.getKind());
        form.setTitle(nomination.getTitle());
        form.setAchievements(nomination.getAchievements());
        return nomination(nomination, form, model);
    }

    @PostMapping("/party-nominations/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") PartyExemplarForm.Nomination form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        PartyNomination nomination = exemplars.nomination(id, user);
        requireSociety();
        return FormPages.handle(binding, model, redirect, "/party-nominations/" + id,
                () -> nomination(nomination, form, model), () -> {
                    exemplars.update(id, form, user);
                    return "partyExemplar.saved";
                });
    }

    /** Who may, before what they sent: a form page with its errors is the societies' alone. */
    private CurrentUser requireSociety() {
        CurrentUser user = currentUsers.current();
        if (!user.isSociety()) {
            throw new BusinessRuleException("partyExemplar.societyOnly");
        }
        return user;
    }

    private String list(PartyExemplarForm.Selection form, Model model) {
        model.addAttribute("selections", exemplars.selections());
        model.addAttribute("canOpen", PartyExemplarService.opensSelections(currentUsers.current()));
        model.addAttribute("form", form);
        return "party/exemplars";
    }

    private String view(Long id, PartyExemplarForm.Nomination nomination, PartyExemplarForm.Objection objection,
                        Model model) {
        CurrentUser user = currentUsers.current();
        PartyExemplarSelection selection = exemplars.selection(id);
        List<PartyNomination> shown = exemplars.nominations(selection, user);
        model.addAttribute("selection", selection);
        model.addAttribute("nominations", shown);
        model.addAttribute("societyNames", societies.names(shown.stream().map(PartyNomination::getSocietyId).toList()));
        model.addAttribute("canNominate", user.isSociety() && selection.openForNominations());
        model.addAttribute("canObject", user.isSociety()
                && selection.getStatus() == PartyExemplarSelection.SelectionStatus.NOTICE);
        model.addAttribute("ownSocietyId", user.isSociety() ? societies.getByCode(user.societyCode()).getId() : null);
        model.addAttribute("kinds", PartyNomination.NominationKind.values());
        model.addAttribute("nomination", nomination);
        model.addAttribute("objection", objection);
        if (user.isStaff() && selection.getApplicationNo() != null) {
            model.addAttribute("progress", progress.progress(selection.getApplicationNo()));
        }
        return "party/exemplar";
    }

    private String nomination(PartyNomination nomination, PartyExemplarForm.Nomination form, Model model) {
        CurrentUser user = currentUsers.current();
        PartyExemplarSelection selection = exemplars.selection(nomination.getSelectionId());
        boolean editable = user.isSociety() && selection.openForNominations();
        model.addAttribute("nomination", nomination);
        model.addAttribute("selection", selection);
        model.addAttribute("societyName", societies.get(nomination.getSocietyId()).getName());
        model.addAttribute("form", form);
        model.addAttribute("editable", editable);
        model.addAttribute("attachments", exemplars.attachments(nomination.getId(), user));
        model.addAttribute("attachmentKinds", editable
                ? Arrays.stream(PartyNomination.NominationAttachmentKind.values()).map(Enum::name).toList() : List.of());
        return "party/nomination";
    }
}
