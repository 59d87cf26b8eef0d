package org.societyflow.reelection;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.society.Candidate;
import org.societyflow.society.OfficialStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.FormPages;
import org.societyflow.society.OfficerRole;
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

/** The 换届 pages: start, the plan with its candidate table, the results, documents and progress. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReelectionController {

    /** Empty rows a form offers beyond the filled ones, so a society can add candidates without JavaScript. */
    private static final int SPARE_ROWS = 2;
    private static final int MIN_ROWS = 4;

    private final ReelectionService reelections;
    private final SocietyService societies;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/reelections")
    String list(Model model) {
        List<Reelection> list = reelections.visibleTo(currentUsers.current());
        model.addAttribute("reelections", list);
        model.addAttribute("societyNames", societies.names(list.stream().map(Reelection::getSocietyId).toList()));
        return "reelection/list";
    }

    @PostMapping("/reelections")
    String start(@RequestParam(required = false) Long societyId, RedirectAttributes redirect) {
        Reelection reelection = reelections.start(societyId, currentUsers.current());
        redirect.addFlashAttribute("success", "reelection.started");
        return "redirect:/reelections/" + reelection.getId();
    }

    @GetMapping("/reelections/{id}")
    String view(@PathVariable Long id, Model model) {
        Reelection reelection = reelections.get(id, currentUsers.current());
        return show(reelection, reelection.getPlan(), reelection.getResults(), model);
    }

    @PostMapping("/reelections/{id}/plan")
    String plan(@PathVariable Long id, @Validated @ModelAttribute("plan") ReelectionPlan plan, BindingResult binding,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        Reelection reelection = reelections.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/reelections/" + id,
                () -> show(reelection, plan, reelection.getResults(), model),
                () -> reelections.savePlan(id, plan, user),
                () -> reelections.submitPlan(id, plan, user), "reelection.planSubmitted");
    }

    @PostMapping("/reelections/{id}/results")
    String results(@PathVariable Long id, @Validated @ModelAttribute("results") ReelectionResults results,
                   BindingResult binding, @RequestParam(defaultValue = "save") String action, Model model,
                   RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        Reelection reelection = reelections.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/reelections/" + id,
                () -> show(reelection, reelection.getPlan(), results, model),
                () -> reelections.saveResults(id, results, user),
                () -> reelections.submitResults(id, results, user), "reelection.resultsSubmitted");
    }

    private String show(Reelection reelection, ReelectionPlan plan, ReelectionResults results, Model model) {
        Society society = societies.get(reelection.getSocietyId());
        CurrentUser user = currentUsers.current();
        boolean planEditable = reelections.planEditableBy(reelection, user);
        boolean resultsEditable = reelections.resultsEditableBy(reelection, user);
        model.addAttribute("reelection", reelection);
        model.addAttribute("society", society);
        model.addAttribute("plan", withSpareRows(plan.getCandidates(), Candidate::new, plan::setCandidates, plan));
        model.addAttribute("results", withSpareRows(results.getOfficers(), ElectedOfficer::new, results::setOfficers,
                results));
        model.addAttribute("planEditable", planEditable);
        model.addAttribute("resultsEditable", resultsEditable);
        model.addAttribute("attachments", reelections.attachments(reelection.getId(), user));
        model.addAttribute("attachmentKinds", planEditable || resultsEditable
                ? Arrays.stream(ReelectionAttachmentKind.values()).map(Enum::name).toList() : List.of());
        model.addAttribute("roles", OfficerRole.values());
        model.addAttribute("timings", Timing.values());
        model.addAttribute("assemblyForms", AssemblyForm.values());
        model.addAttribute("officialStatuses", OfficialStatus.values());
        model.addAttribute("progress", progress.progress(reelection.getApplicationNo()));
        return "reelection/view";
    }

    private static <T, F> F withSpareRows(List<T> rows, Supplier<T> blank, java.util.function.Consumer<List<T>> setter,
                                          F form) {
        List<T> padded = new ArrayList<>(rows);
        while (padded.size() < Math.max(rows.size() + SPARE_ROWS, MIN_ROWS)) {
            padded.add(blank.get());
        }
        setter.accept(padded);
        return form;
    }
}
