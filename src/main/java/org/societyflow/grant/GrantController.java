package org.societyflow.grant;

import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A society's grant applications: the application form, the final report, scores and opinions, an objection in 公示. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GrantController {

    private static final int BUDGET_ROWS = 6;
    private static final int TEAM_ROWS = 5;

    private final GrantApplicationService grants;
    private final ProgrammeService programmes;
    private final ScoreBoard scores;
    private final SocietyService societies;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/grants")
    String list(Model model) {
        CurrentUser user = currentUsers.current();
        List<GrantApplication> list = grants.visibleTo(user);
        model.addAttribute("grants", list);
        model.addAttribute("societyNames", societies.names(list.stream().map(GrantApplication::getSocietyId).toList()));
        model.addAttribute("openCalls", user.isSociety() ? programmes.openCalls() : List.of());
        model.addAttribute("programmeTitles", programmes.titles());
        return "grant/list";
    }

    @PostMapping("/grants")
    String start(@RequestParam Long programmeId, RedirectAttributes redirect) {
        GrantApplication application = grants.startDraft(programmeId, currentUsers.current());
        redirect.addFlashAttribute("success", "grant.started");
        return "redirect:/grants/" + application.getId();
    }

    @GetMapping("/grants/{id}")
    String view(@PathVariable Long id, Model model) {
        GrantApplication application = grants.get(id, currentUsers.current());
        return show(application, application.getForm(), application.getFinalReport(), model);
    }

    @PostMapping("/grants/{id}/form")
    String form(@PathVariable Long id, @Validated @ModelAttribute("form") GrantForm form, BindingResult binding,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        GrantApplication application = grants.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/grants/" + id,
                () -> show(application, form, application.getFinalReport(), model),
                () -> grants.save(id, form, user), () -> grants.submit(id, form, user), "grant.submitted");
    }

    @PostMapping("/grants/{id}/report")
    String report(@PathVariable Long id, @Validated @ModelAttribute("report") FinalReport report, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        GrantApplication application = grants.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/grants/" + id,
                () -> show(application, application.getForm(), report, model),
                () -> grants.saveReport(id, report, user), () -> grants.submitReport(id, report, user),
                "grant.reportSubmitted");
    }

    @PostMapping("/grants/{id}/objection")
    String objection(@PathVariable Long id, @RequestParam(required = false) String objection, Model model,
                     RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        GrantApplication application = grants.get(id, user);
        try {
            grants.object(id, objection, user);
        } catch (org.societyflow.shared.InvalidInputException e) {
            model.addAttribute("objectionError", e.getFieldErrors().get("objection"));
            return show(application, application.getForm(), application.getFinalReport(), model);
        }
        redirect.addFlashAttribute("success", "grant.objectionRecorded");
        return "redirect:/grants/" + id;
    }

    private String show(GrantApplication application, GrantForm form, FinalReport report, Model model) {
        CurrentUser user = currentUsers.current();
        Programme programme = programmes.get(application.getProgrammeId(), user);
        boolean own = user.isSociety();
        boolean editable = own && application.getStatus().editable();
        boolean reportOpen = own && application.getStatus().reportOpen();
        model.addAttribute("grant", application);
        model.addAttribute("programme", programme);
        model.addAttribute("society", societies.get(application.getSocietyId()));
        model.addAttribute("form", editable ? withSpareRows(form) : form);
        model.addAttribute("report", report);
        model.addAttribute("editable", editable);
        model.addAttribute("reportOpen", reportOpen);
        model.addAttribute("categories", programme.categoryList());
        model.addAttribute("scores", scores.visible(application, programme, user));
        model.addAttribute("meanScore", scores.meanScore(application, programme, user));
        model.addAttribute("objectionOpen", programme.getStatus() == ProgrammeStatus.NOTICE
                && application.getStatus() == GrantStatus.REVIEWED
                && programme.fundedNumbers().contains(application.getApplicationNo()));
        model.addAttribute("attachments", grants.attachments(application.getId(), user));
        model.addAttribute("attachmentKinds", editable || reportOpen
                ? Arrays.stream(GrantAttachmentKind.values()).map(Enum::name).toList() : List.of());
        if (application.getApplicationNo() != null) {
            model.addAttribute("progress", progress.progress(application.getApplicationNo()));
        }
        return "grant/view";
    }

    /** Spare empty rows for the budget and the team, so a society can add lines without JavaScript. */
    private static GrantForm withSpareRows(GrantForm form) {
        List<BudgetLine> lines = new java.util.ArrayList<>(form.getBudgetLines());
        lines.removeIf(java.util.Objects::isNull);
        while (lines.size() < Math.max(BUDGET_ROWS, form.getBudgetLines().size() + 2)) {
            lines.add(new BudgetLine());
        }
        form.setBudgetLines(lines);
        List<TeamMember> team = new java.util.ArrayList<>(form.getTeam());
        team.removeIf(java.util.Objects::isNull);
        while (team.size() < Math.max(TEAM_ROWS, form.getTeam().size() + 2)) {
            team.add(new TeamMember());
        }
        form.setTeam(team);
        return form;
    }
}
