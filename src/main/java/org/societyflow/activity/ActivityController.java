package org.societyflow.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.activity.ActivityForm.ActivityBrand;
import org.societyflow.activity.ActivityForm.ActivityType;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormPages;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.ProcessProgressService;
import org.springframework.data.domain.Page;
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
 * The activity ledger's pages: the list (a society's own; for the 科协's staff every society's, with the export), an
 * activity's page with its form, 材料 and progress, and a society's month calendar.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivityController {

    private final ActivityService activities;
    private final SocietyService societies;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/activities")
    String list(@RequestParam(required = false) ActivityType type, @RequestParam(required = false) ActivityBrand brand,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String society,
                @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = currentUsers.current();
        Page<Activity> shown = activities.page(user, society, type, brand, year, page);
        model.addAttribute("page", shown);
        model.addAttribute("societyNames", societies.names(shown.getContent().stream().map(Activity::getSocietyId).toList()));
        model.addAttribute("type", type);
        model.addAttribute("brand", brand);
        model.addAttribute("year", year);
        model.addAttribute("society", society);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("brands", ActivityBrand.values());
        model.addAttribute("years", recentYears());
        return "activity/list";
    }

    @PostMapping("/activities")
    String start(RedirectAttributes redirect) {
        Activity activity = activities.startDraft(currentUsers.current());
        redirect.addFlashAttribute("success", "activity.started");
        return "redirect:/activities/" + activity.getId();
    }

    @GetMapping("/activities/{id}")
    String view(@PathVariable Long id, Model model) {
        Activity activity = activities.get(id, currentUsers.current());
        return show(activity, activity.getForm(), model);
    }

    @PostMapping("/activities/{id}")
    String record(@PathVariable Long id, @Validated @ModelAttribute("form") ActivityForm form, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        Activity activity = activities.get(id, user);
        return FormPages.saveOrSubmit(action, binding, model, redirect, "/activities/" + id,
                () -> show(activity, form, model),
                () -> activities.save(id, form, user), () -> activities.submit(id, form, user), "activity.submitted");
    }

    /** A society's month as a table of weeks; the staff pick the society ({@code society}), a society sees its own. */
    @GetMapping("/activities/calendar")
    String calendar(@RequestParam(required = false) String society, @RequestParam(required = false) YearMonth month,
                    Model model) {
        CurrentUser user = currentUsers.current();
        if (!user.isSociety() && (society == null || society.isBlank())) {
            // the staff pick a society in the list first; anyone else has no calendar
            return "redirect:/activities";
        }
        Society shown = activities.readableSociety(user.isSociety() ? user.societyCode() : society, user);
        YearMonth current = month != null ? month : YearMonth.from(EngineClock.today());
        List<Activity> held = activities.month(shown, current, user);
        model.addAttribute("society", shown);
        model.addAttribute("month", current);
        model.addAttribute("weeks", weeks(current));
        model.addAttribute("activities", held);
        return "activity/calendar";
    }

    private String show(Activity activity, ActivityForm form, Model model) {
        Society society = societies.get(activity.getSocietyId());
        CurrentUser user = currentUsers.current();
        boolean editable = society.getCode().equals(user.societyCode()) && activity.getStatus().editable();
        model.addAttribute("activity", activity);
        model.addAttribute("society", society);
        model.addAttribute("form", form);
        model.addAttribute("editable", editable);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("brands", ActivityBrand.values());
        model.addAttribute("attachments", activities.attachments(activity.getId(), user));
        model.addAttribute("attachmentKinds", editable
                ? Arrays.stream(ActivityForm.ActivityAttachmentKind.values()).map(Enum::name).toList() : List.of());
        model.addAttribute("progress", activity.getApplicationNo() == null ? null
                : progress.progress(activity.getApplicationNo()));
        return "activity/view";
    }

    /** The weeks (Monday first) that cover the month; days outside it are null. */
    static List<List<LocalDate>> weeks(YearMonth month) {
        List<List<LocalDate>> weeks = new ArrayList<>();
        LocalDate day = month.atDay(1).with(DayOfWeek.MONDAY);
        while (!day.isAfter(month.atEndOfMonth())) {
            List<LocalDate> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(YearMonth.from(day).equals(month) ? day : null);
            }
            weeks.add(week);
        }
        return weeks;
    }

    private static List<Integer> recentYears() {
        int now = EngineClock.today().getYear();
        return List.of(now, now - 1, now - 2, now - 3);
    }
}
