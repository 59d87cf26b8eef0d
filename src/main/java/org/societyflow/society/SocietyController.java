package org.societyflow.society;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.identity.Groups;
import org.societyflow.shared.FormPages;
import org.societyflow.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.PathVariable;

/** The register for 科协 staff (list, search, profile) and the society's own profile. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SocietyController {

    private static final int PAGE_SIZE = 20;

    private final SocietyService societies;
    private final CaseRegister caseRegister;
    private final ContactLog contactLog;
    private final RegisterCorrections corrections;
    private final CurrentUsers currentUsers;

    @GetMapping("/societies")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) SocietyStatus status,
                @RequestParam(required = false) Discipline discipline, @RequestParam(defaultValue = "0") int page,
                Model model) {
        if (!currentUsers.current().isStaff()) {
            throw new AccessDeniedException("register is for staff");
        }
        model.addAttribute("page", societies.search(q, status, discipline,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("code"))));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("discipline", discipline);
        model.addAttribute("statuses", SocietyStatus.values());
        model.addAttribute("disciplines", Discipline.values());
        return "society/list";
    }

    @GetMapping("/societies/{id}")
    String profile(@PathVariable Long id, Model model) {
        return profileView(id, model);
    }

    private String profileView(Long id, Model model) {
        Society society = societies.get(id);
        CurrentUser user = currentUsers.current();
        if (!user.canAccessSociety(society.getCode())) {
            throw new NotFoundException("society", id);
        }
        model.addAttribute("society", society);
        // a refused form comes back as the user typed it; the other forms of the page start afresh
        if (!model.containsAttribute("caseForm")) {
            model.addAttribute("caseForm", new CaseRecordForm());
        }
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", RegisterCorrectionForm.of(society));
        }
        model.addAttribute("statusHistory", societies.statusHistory(id));
        model.addAttribute("inspectionResults", societies.inspectionResults(id));
        model.addAttribute("changeLog", societies.changeLog(id));
        model.addAttribute("canRecordAbnormalActivity", user.isIn(Groups.SOCIETY_AFFAIRS));
        // the 处罚与案件记录 are 学会部's records: whoever reads the profile reads them (the society should know what
        // the 年检 grade reads about it), 学会部 adds to them
        model.addAttribute("caseRecords", caseRegister.of(id));
        model.addAttribute("canRecordCase", user.isIn(Groups.SOCIETY_AFFAIRS));
        model.addAttribute("caseKinds", CaseKind.values());
        // the 联系记录 are staff's alone (a society is not shown how often it could not be reached); 学会部 adds
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new ContactAttemptForm());
        }
        model.addAttribute("contactAttempts", user.isStaff() ? contactLog.of(id) : java.util.List.of());
        model.addAttribute("contactChannels", ContactAttempt.Channel.values());
        model.addAttribute("contactOutcomes", ContactAttempt.Outcome.values());
        model.addAttribute("canCorrect", user.isIn(Groups.SOCIETY_AFFAIRS));
        model.addAttribute("officerNames", society.getOfficers().stream()
                .collect(java.util.stream.Collectors.toMap(Officer::getId, Officer::getName)));
        model.addAttribute("canStartReelection", society.getSupervisionMode() == SupervisionMode.SUPERVISED
                && (user.isIn(Groups.SOCIETY_AFFAIRS) || society.getCode().equals(user.societyCode())));
        return "society/profile";
    }

    @PostMapping("/societies/{id}/abnormal-activity")
    String abnormalActivity(@PathVariable Long id, @RequestParam boolean listed, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        if (!user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new AccessDeniedException("学会部 only");
        }
        societies.listAbnormalActivity(id, listed, user.userId());
        redirect.addFlashAttribute("success", "form.saved");
        return "redirect:/societies/" + id;
    }

    @PostMapping("/societies/{id}/penalties")
    String recordPenalty(@PathVariable Long id, @ModelAttribute("caseForm") CaseRecordForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        if (!user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new AccessDeniedException("学会部 only");
        }
        return FormPages.handle(binding, model, redirect, "/societies/" + id + "#case-records",
                () -> profileView(id, model), () -> {
                    caseRegister.record(id, form, user.userId());
                    return "form.saved";
                });
    }

    @PostMapping("/societies/{id}/contact-attempts")
    String recordContactAttempt(@PathVariable Long id, @ModelAttribute("contactForm") ContactAttemptForm form,
                                BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        if (!user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new AccessDeniedException("学会部 only");
        }
        return FormPages.handle(binding, model, redirect, "/societies/" + id + "#contact-attempts",
                () -> profileView(id, model), () -> {
                    contactLog.record(id, form, user.userId());
                    return "form.saved";
                });
    }

    /** 学会部 corrects data errors of the register (更正); a refusal shows the form again with its messages. */
    @PostMapping("/societies/{id}/corrections")
    String correct(@PathVariable Long id, @ModelAttribute("correctionForm") RegisterCorrectionForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        if (!user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new AccessDeniedException("学会部 only");
        }
        return FormPages.handle(binding, model, redirect, "/societies/" + id + "#change-log",
                () -> profileView(id, model), () -> {
                    corrections.correct(id, form, user.userId());
                    return "society.correction.saved";
                });
    }

    @GetMapping("/my-society")
    String mine() {
        CurrentUser user = currentUsers.current();
        if (!user.isSociety()) {
            return "redirect:/societies";
        }
        return "redirect:/societies/" + societies.getByCode(user.societyCode()).getId();
    }
}
