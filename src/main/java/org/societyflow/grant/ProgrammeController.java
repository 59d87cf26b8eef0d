package org.societyflow.grant;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormPages;
import org.societyflow.workflow.BoardStatus;
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

/** The programme pages: the calls, 学会部's editor, and a programme's applications, ranking, budget and 公示. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProgrammeController {

    private final ProgrammeService programmes;
    private final GrantApplicationService grants;
    private final CallBoard boards;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/programmes")
    String list(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("programmes", programmes.visibleTo(user));
        model.addAttribute("manager", GrantManagers.isManager(user));
        return "grant/programmes";
    }

    @GetMapping("/programmes/new")
    String blank(Model model) {
        GrantManagers.require(currentUsers.current());
        return editor(null, programmes.blankForm(), model);
    }

    @PostMapping("/programmes")
    String create(@Validated @ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        // who may, before what they sent: the form page with its errors is 学会部's alone
        GrantManagers.require(currentUsers.current());
        Long[] created = new Long[1];
        String page = FormPages.handle(binding, model, redirect, "/programmes", () -> editor(null, form, model), () -> {
            created[0] = programmes.create(form, currentUsers.current()).getId();
            return "form.saved";
        });
        return created[0] != null ? "redirect:/programmes/" + created[0] : page;
    }

    /** The call, its ranking and, for 学会部, the board of its societies ({@code ?status=}). */
    @GetMapping("/programmes/{id}")
    String view(@PathVariable Long id, @RequestParam(required = false) List<BoardStatus> status, Model model) {
        CurrentUser user = currentUsers.current();
        Programme programme = programmes.get(id, user);
        model.addAttribute("programme", programme);
        model.addAttribute("manager", GrantManagers.isManager(user));
        model.addAttribute("ranking", programmes.rankingFor(programme, user));
        model.addAttribute("showScores", programmes.showsScores(programme, user));
        boolean showsList = programmes.showsFundedList(programme, user);
        model.addAttribute("showsList", showsList);
        model.addAttribute("budgetUsed", showsList ? programmes.budgetUsed(programme) : null);
        model.addAttribute("applications", GrantManagers.isManager(user)
                ? grants.ofProgramme(id).stream().filter(a -> a.getStatus() != GrantStatus.DRAFT).toList()
                : List.of());
        if (GrantManagers.isManager(user) && programme.getStatus() != ProgrammeStatus.DRAFT) {
            model.addAttribute("board", boards.board(id));
            model.addAttribute("boardFilter", status == null ? List.of() : status);
        }
        model.addAttribute("canApply", user.isSociety() && programme.openOn(EngineClock.today()));
        if (programme.getCode() != null) {
            model.addAttribute("progress", progress.progress(programme.getCode()));
        }
        return "grant/programme";
    }

    @GetMapping("/programmes/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Programme programme = programmes.editable(id, currentUsers.current());
        return editor(programme, ProgrammeForm.of(programme), model);
    }

    @PostMapping("/programmes/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") ProgrammeForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        GrantManagers.require(user);
        Programme programme = programmes.get(id, user);
        return FormPages.handle(binding, model, redirect, "/programmes/" + id, () -> editor(programme, form, model), () -> {
            programmes.update(id, form, user);
            return "form.saved";
        });
    }

    @PostMapping("/programmes/{id}/publish")
    String publish(@PathVariable Long id, RedirectAttributes redirect) {
        programmes.publish(id, currentUsers.current());
        redirect.addFlashAttribute("success", "programme.published");
        return "redirect:/programmes/" + id;
    }

    private String editor(Programme programme, ProgrammeForm form, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("types", ProgrammeType.values());
        model.addAttribute("categories", GrantCategory.values());
        return "grant/programme-form";
    }
}
