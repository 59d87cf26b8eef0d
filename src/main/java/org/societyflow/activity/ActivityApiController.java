package org.societyflow.activity;

import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.activity.ActivityForm.ActivityBrand;
import org.societyflow.activity.ActivityForm.ActivityType;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.workflow.ApplicationProgress;
import org.societyflow.workflow.ProcessProgressService;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activity ledger over JSON ({@code /api/v1/activities}): the list with the portal's filters and pages, start a
 * draft, GET one, PUT its draft, POST …/submit.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivityApiController {

    /** One activity as the API shows it; {@code progress} on a single read of a submitted one. */
    record ActivityView(Long id, String applicationNo, Long societyId, Activity.ActivityStatus status, Boolean sampled,
                        ActivityForm form, Instant submittedAt, Instant verifiedAt, ApplicationProgress progress) {

        static ActivityView of(Activity a, ApplicationProgress progress) {
            return new ActivityView(a.getId(), a.getApplicationNo(), a.getSocietyId(), a.getStatus(), a.getSampled(),
                    a.getForm(), a.getSubmittedAt(), a.getVerifiedAt(), progress);
        }
    }

    /** One page of the list, counted from 0. */
    record ActivityPage(List<ActivityView> items, int page, int totalPages, long totalElements) {

        static ActivityPage of(Page<Activity> page) {
            return new ActivityPage(page.getContent().stream().map(a -> ActivityView.of(a, null)).toList(),
                    page.getNumber(), page.getTotalPages(), page.getTotalElements());
        }
    }

    private final ActivityService activities;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/api/v1/activities")
    ActivityPage list(@RequestParam(required = false) ActivityType type, @RequestParam(required = false) ActivityBrand brand,
                      @RequestParam(required = false) Integer year, @RequestParam(required = false) String society,
                      @RequestParam(defaultValue = "0") int page) {
        return ActivityPage.of(activities.page(currentUsers.current(), society, type, brand, year, page));
    }

    @PostMapping("/api/v1/activities")
    @ResponseStatus(HttpStatus.CREATED)
    ActivityView start() {
        return ActivityView.of(activities.startDraft(currentUsers.current()), null);
    }

    @GetMapping("/api/v1/activities/{id}")
    ActivityView get(@PathVariable Long id) {
        Activity activity = activities.get(id, currentUsers.current());
        return ActivityView.of(activity, activity.getApplicationNo() == null ? null
                : progress.progress(activity.getApplicationNo()));
    }

    @PutMapping("/api/v1/activities/{id}")
    ActivityView save(@PathVariable Long id, @RequestBody ActivityForm form) {
        return ActivityView.of(activities.save(id, form, currentUsers.current()), null);
    }

    @PostMapping("/api/v1/activities/{id}/submit")
    ActivityView submit(@PathVariable Long id) {
        return ActivityView.of(activities.submit(id, null, currentUsers.current()), null);
    }
}
