package org.societyflow.inspection;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.FormPages;
import org.societyflow.shared.InvalidInputException;
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

/** The society's 年检 pages: its inspections, the report form, the rectification report, the progress. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InspectionController {

    private final AnnualInspectionService inspections;
    private final SocietyService societies;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/inspections")
    String list(Model model) {
        CurrentUser user = currentUsers.current();
        if (!user.isSociety()) {
            return "redirect:/campaigns";
        }
        model.addAttribute("inspections", inspections.ofSociety(societies.getByCode(user.societyCode()).getId()));
        return "inspection/list";
    }

    @GetMapping("/inspections/{id}")
    String view(@PathVariable Long id, Model model) {
        AnnualInspection inspection = inspections.get(id, currentUsers.current());
        return show(inspection, inspections.prefilled(inspection), model);
    }

    @PostMapping("/inspections/{id}/report")
    String saveOrSubmit(@PathVariable Long id, @Validated @ModelAttribute("report") InspectionReport report,
                        BindingResult binding, @RequestParam(defaultValue = "save") String action,
                        Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        AnnualInspection inspection = inspections.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/inspections/" + id,
                () -> show(inspection, report, model), () -> inspections.saveDraft(id, report, user),
                () -> inspections.submit(id, report, user), "inspection.submitted");
    }

    @PostMapping("/inspections/{id}/rectification")
    String rectification(@PathVariable Long id, @RequestParam(required = false) String rectificationReport,
                         @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        try {
            if ("submit".equals(action)) {
                inspections.submitRectification(id, rectificationReport == null ? "" : rectificationReport, user);
                redirect.addFlashAttribute("success", "inspection.rectificationSubmitted");
            } else {
                inspections.saveRectificationDraft(id, rectificationReport, user);
                redirect.addFlashAttribute("success", "inspection.saved");
            }
        } catch (InvalidInputException e) {
            AnnualInspection inspection = inspections.get(id, user);
            model.addAttribute("rectificationError", e.getFieldErrors().get("rectificationReport"));
            model.addAttribute("rectificationReport", rectificationReport);
            return show(inspection, inspection.getReport(), model);
        }
        return "redirect:/inspections/" + id;
    }

    private String show(AnnualInspection inspection, InspectionReport report, Model model) {
        Society society = societies.get(inspection.getSocietyId());
        CurrentUser user = currentUsers.current();
        boolean own = society.getCode().equals(user.societyCode());
        model.addAttribute("inspection", inspection);
        model.addAttribute("society", society);
        model.addAttribute("report", report);
        model.addAttribute("activityComparison", inspections.activityComparison(inspection, report));
        model.addAttribute("editable", own && inspection.getStatus().reportEditable());
        model.addAttribute("canRectify", own && inspection.needsRectification());
        model.addAttribute("progress", progress.progress(inspection.getApplicationNo()));
        model.addAttribute("auditOpinions", AuditOpinion.values());
        model.addAttribute("attachments", inspections.attachments(inspection.getId(), user));
        model.addAttribute("attachmentKinds", Arrays.stream(InspectionAttachmentKind.values())
                .filter(kind -> kind == InspectionAttachmentKind.RECTIFICATION ? own && inspection.needsRectification()
                        : own && inspection.getStatus().reportEditable())
                .map(Enum::name).toList());
        return "inspection/view";
    }
}
