package org.societyflow.grant;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.EngineClock;
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

/** 海智 stations: the list, 学会部 registers stations and starts the year's assessments, the host society reports. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StationController {

    private final StationAssessmentService stations;
    private final SocietyService societies;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/stations")
    String list(Model model) {
        return page(new StationForm(), model);
    }

    @PostMapping("/stations")
    String register(@Validated @ModelAttribute("form") StationForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        // who may, before what they sent: the form page with its errors is 学会部's alone
        GrantManagers.require(currentUsers.current());
        return FormPages.handle(binding, model, redirect, "/stations", () -> page(form, model), () -> {
            stations.register(form, currentUsers.current());
            return "station.registered";
        });
    }

    @PostMapping("/stations/assessments")
    String startAssessments(@RequestParam int year, RedirectAttributes redirect) {
        stations.startAssessments(year, currentUsers.current());
        redirect.addFlashAttribute("success", "station.assessmentsStarted");
        return "redirect:/stations";
    }

    @GetMapping("/stations/assessments/{id}")
    String assessment(@PathVariable Long id, Model model) {
        StationAssessment assessment = stations.get(id, currentUsers.current());
        return show(assessment, assessment.getReport(), model);
    }

    @PostMapping("/stations/assessments/{id}")
    String report(@PathVariable Long id, @Validated @ModelAttribute("report") StationReport report, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        StationAssessment assessment = stations.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/stations/assessments/" + id,
                () -> show(assessment, report, model), () -> stations.saveReport(id, report, user),
                () -> stations.submitReport(id, report, user), "station.reportSubmitted");
    }

    private String page(StationForm form, Model model) {
        CurrentUser user = currentUsers.current();
        List<HaizhiStation> list = stations.visibleTo(user);
        model.addAttribute("stations", list);
        model.addAttribute("assessments", list.stream().collect(java.util.stream.Collectors.toMap(
                HaizhiStation::getId, s -> stations.assessmentsOf(s.getId()))));
        model.addAttribute("societyNames", societies.names(list.stream().map(HaizhiStation::getSocietyId).toList()));
        model.addAttribute("manager", GrantManagers.isManager(user));
        model.addAttribute("form", form);
        model.addAttribute("kinds", StationKind.values());
        model.addAttribute("year", EngineClock.today().getYear());
        return "grant/stations";
    }

    private String show(StationAssessment assessment, StationReport report, Model model) {
        CurrentUser user = currentUsers.current();
        HaizhiStation station = stations.stationOf(assessment);
        model.addAttribute("assessment", assessment);
        model.addAttribute("station", station);
        model.addAttribute("society", societies.get(station.getSocietyId()));
        model.addAttribute("report", report);
        model.addAttribute("editable", user.isSociety() && assessment.getStatus().editable());
        model.addAttribute("progress", progress.progress(assessment.getAssessmentNo()));
        return "grant/assessment";
    }
}
