package org.societyflow.activity;

import static org.societyflow.shared.ProcessVariables.APPLICATION_ID;
import static org.societyflow.shared.ProcessVariables.APPLICATION_LINK;
import static org.societyflow.shared.ProcessVariables.SOCIETY_CODE;
import static org.societyflow.shared.ProcessVariables.SOCIETY_ID;
import static org.societyflow.shared.ProcessVariables.SOCIETY_NAME;
import static org.societyflow.shared.ProcessVariables.TITLE;

import jakarta.validation.groups.Default;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.activity.Activity.ActivityStatus;
import org.societyflow.activity.ActivityForm.ActivityBrand;
import org.societyflow.activity.ActivityForm.ActivityType;
import org.societyflow.activity.ActivityForm.ReportFigure;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.Complete;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormPages;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.ProcessVariables.ActivityVerification;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;
import org.societyflow.workflow.ActivityLedger;
import org.societyflow.workflow.ApplicationSupport;
import org.societyflow.workflow.ApplicationType;
import org.societyflow.workflow.SocietyApplicationLifecycle;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 活动台账 (docs/RULES.md, H): a society records its activities, and the steps of {@code activity-verification.bpmn}
 * (as {@code activityService}). A draft has no number and no process; its submission starts them, and the sample
 * decides whether 学会部 reviews it or it is verified directly. The verified ledger is what other features count
 * ({@link ActivityLedger}).
 */
@Service("activityService")
@Transactional
public class ActivityService extends SocietyApplicationLifecycle<Activity> implements ActivityLedger {

    static final ApplicationType TYPE = new ApplicationType("activity-verification", "HD", "activity", "activities",
            "activity", ActivityForm.ActivityAttachmentKind.class);
    static final String CORRECTION = "CorrectActivity";
    /** The sample's resolution: a share is drawn in ten-thousandths. */
    private static final int DRAW_SCALE = 10_000;

    private final ActivityRepository activities;
    private final ActivitySettings settings;
    private final ChineseTexts texts;

    ActivityService(ActivityRepository activities, ApplicationSupport support, ActivitySettings settings,
                    ChineseTexts texts) {
        super(TYPE, activities, support);
        this.activities = activities;
        this.settings = settings;
        this.texts = texts;
    }

    /** Those who read an activity but are not its society (staff) hear that the society records it. */
    @Override
    protected String readerRefusal() {
        return "activity.societyOnly";
    }

    // ---- what the society does ----

    /** A society opens a draft activity; nobody else records one. */
    public Activity startDraft(CurrentUser user) {
        if (!user.isSociety()) {
            throw new BusinessRuleException("activity.societyOnly");
        }
        Society society = support.societies().getByCode(user.societyCode());
        if (society.getStatus() != SocietyStatus.ACTIVE && society.getStatus() != SocietyStatus.RECTIFYING) {
            throw new BusinessRuleException("society.notActive");
        }
        Activity activity = new Activity(society.getId(), user.userId());
        activity.getForm().setBrand(ActivityBrand.NONE);
        return activities.save(activity);
    }

    public Activity save(Long id, ActivityForm form, CurrentUser user) {
        Activity activity = editable(id, user);
        Map<String, String> errors = support.validator().violations(form, Default.class);
        errors.putAll(rules(form, false));
        FormValidator.throwIfAny(errors);
        activity.saveForm(form);
        return activity;
    }

    /**
     * Submits the activity ({@code submitted}, or the saved draft when null): complete, dates in order and held, counts
     * within reason. A draft starts its process; a returned activity goes back to 学会部.
     */
    public Activity submit(Long id, ActivityForm submitted, CurrentUser user) {
        Activity activity = editable(id, user);
        ActivityForm form = submitted != null ? submitted : activity.getForm();
        Map<String, String> errors = support.validator().violations(form, Default.class, Complete.class);
        errors.putAll(rules(form, true));
        FormValidator.throwIfAny(errors);
        activity.saveForm(form);
        if (activity.getStatus() == ActivityStatus.RETURNED) {
            return completeStep(activity, CORRECTION, user, () -> {
                activity.resubmitted();
                return Map.ofEntries(ActivityVerification.ACTIVITY_SUMMARY.entry(summary(form)));
            });
        }
        return startProcess(EngineClock.today().getYear(), Map.ofEntries(APPLICATION_ID.entry(activity.getId()),
                SOCIETY_ID.entry(activity.getSocietyId())));
    }

    @Override
    protected Activity attachable(Long id, String kind, CurrentUser user) {
        return editable(id, user);
    }

    private Activity editable(Long id, CurrentUser user) {
        return ownWhile(id, user, a -> a.getStatus().editable(), "activity.notEditable");
    }

    // ---- reading ----

    /**
     * One page of the ledger the user reads: a society its own (drafts too), the staff every society's submitted
     * activities or one society's ({@code societyCode}); anyone else nothing. The database filters and pages.
     */
    @Transactional(readOnly = true)
    public Page<Activity> page(CurrentUser user, String societyCode, ActivityType type, ActivityBrand brand,
                               Integer year, int page) {
        return search(user, societyCode, type, brand, year,
                PageRequest.of(Math.max(page, 0), settings.getPageSize(), newestFirst()));
    }

    /** Every activity of the staff's list under these filters, for the export. */
    @Transactional(readOnly = true)
    public List<Activity> all(CurrentUser user, ActivityType type, ActivityBrand brand, Integer year) {
        return search(user, null, type, brand, year, Pageable.unpaged(newestFirst())).getContent();
    }

    private Page<Activity> search(CurrentUser user, String societyCode, ActivityType type, ActivityBrand brand,
                                  Integer year, Pageable pageable) {
        LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
        if (user.isSociety()) {
            Long own = support.societies().getByCode(user.societyCode()).getId();
            return activities.search(own, true, type, brand, from, to, pageable);
        }
        if (!user.isStaff()) {
            return Page.empty(pageable);
        }
        Long societyId = societyCode == null || societyCode.isBlank() ? null : readableSociety(societyCode, user).getId();
        return activities.search(societyId, false, type, brand, from, to, pageable);
    }

    private static Sort newestFirst() {
        return Sort.by(Sort.Order.desc("form.startsOn"), Sort.Order.desc("id"));
    }

    /** The society of this code when the user may read its ledger; "not found" otherwise. */
    @Transactional(readOnly = true)
    public Society readableSociety(String code, CurrentUser user) {
        if (code == null || !user.canAccessSociety(code)) {
            throw new NotFoundException("society", code);
        }
        return support.societies().getByCode(code);
    }

    /** The society's activities in the month, drafts only for the society itself. */
    @Transactional(readOnly = true)
    public List<Activity> month(Society society, YearMonth month, CurrentUser user) {
        return activities.overlapping(society.getId(), society.getCode().equals(user.societyCode()), month.atDay(1),
                month.atEndOfMonth());
    }

    // ---- the verified ledger ----

    @Override
    @Transactional(readOnly = true)
    public Figures verifiedIn(Long societyId, int year) {
        Map<ReportFigure, Integer> counts = new EnumMap<>(ReportFigure.class);
        for (Object[] row : activities.countVerifiedByType(societyId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            ReportFigure figure = ((ActivityType) row[0]).figure();
            if (figure != null) {
                counts.merge(figure, ((Number) row[1]).intValue(), Integer::sum);
            }
        }
        return new Figures(counts.getOrDefault(ReportFigure.ACADEMIC, 0),
                counts.getOrDefault(ReportFigure.POPULAR_SCIENCE, 0), counts.getOrDefault(ReportFigure.SERVICE, 0),
                counts.getOrDefault(ReportFigure.PARTY, 0));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastVerifiedActivity(Long societyId, LocalDate day) {
        return activities.lastVerifiedEnd(societyId, day);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastVerifiedActivityInCharterScope(Long societyId, LocalDate day) {
        // no type configured: nothing counts, as with no activity at all (and "in ()" is no SQL)
        return settings.getCharterScopeTypes().isEmpty() ? Optional.empty()
                : activities.lastVerifiedEndOfTypes(societyId, day, settings.getCharterScopeTypes());
    }

    /** Whether the society has any activity in the ledger, drafts included. */
    @Transactional(readOnly = true)
    public boolean anyOf(Long societyId) {
        return activities.existsBySocietyId(societyId);
    }

    /**
     * Enters a past activity straight into the ledger as verified, without a number or a process (the demo data; the
     * go-live import of what societies reported before the ledger existed).
     */
    public Activity enterVerified(Long societyId, ActivityForm form, String by) {
        Activity activity = new Activity(societyId, by);
        activity.saveForm(form);
        activity.verified();
        return activities.save(activity);
    }

    // ---- steps of activity-verification.bpmn ----

    /** The process's first step: the draft takes the process's number, and the sample decides on a review. */
    public void open(DelegateExecution execution) {
        Long id = APPLICATION_ID.of(execution);
        Activity activity = store.findById(id).orElseThrow(() -> new NotFoundException(type.name(), id));
        boolean drawn = drawn(execution.getProcessBusinessKey());
        activity.submitted(execution.getProcessBusinessKey(), drawn);
        Society society = support.societies().get(activity.getSocietyId());
        SOCIETY_CODE.set(execution, society.getCode());
        SOCIETY_NAME.set(execution, society.getName());
        TITLE.set(execution, texts.text("activity.processTitle", activity.getForm().getTitle(), society.getName()));
        APPLICATION_LINK.set(execution, "/" + TYPE.collection() + "/" + activity.getId());
        ActivityVerification.REVIEW_REQUIRED.set(execution, drawn);
        ActivityVerification.ACTIVITY_SUMMARY.set(execution, summary(activity.getForm()));
    }

    public void returnActivity(DelegateExecution execution) {
        execution.setVariables(reopen(execution.getProcessBusinessKey(), CORRECTION));
    }

    public void verify(DelegateExecution execution) {
        of(execution).verified();
    }

    /**
     * Whether 学会部 reviews this activity: the share {@code societyflow.activity.verification-share} of numbers, drawn by
     * the number itself (its CRC-32), so the same activity always draws the same, tests can choose, and the draw spreads
     * evenly over a year's numbers whatever the share.
     */
    boolean drawn(String applicationNo) {
        double share = settings.getVerificationShare();
        CRC32 crc = new CRC32();
        crc.update(applicationNo.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % DRAW_SCALE < Math.round(share * DRAW_SCALE);
    }

    // ---- what the approval operations ask ----

    @Override
    @Transactional(readOnly = true)
    public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
        return CORRECTION.equals(taskDefinitionKey) && activities.findByApplicationNo(businessKey)
                .map(a -> a.getStatus() == ActivityStatus.SUBMITTED).orElse(false);
    }

    /** The activity comes back to the society with a deadline for its correction. */
    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        if (!CORRECTION.equals(taskDefinitionKey)) {
            return Map.of();
        }
        Date due = support.deadlines().dueDate("activity-correction");
        byBusinessKey(businessKey).returned(EngineClock.day(due));
        return Map.ofEntries(ActivityVerification.CORRECTION_DUE.entry(due));
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        if (!CORRECTION.equals(taskDefinitionKey)) {
            return Map.of();
        }
        Map<String, String> fields = SubmissionCheck.labelled("activity.", "activityType", "title", "startsOn", "endsOn",
                "venue", "organisers", "coOrganisers", "participants", "audience", "brand", "summary");
        fields.put(FormPages.ATTACHMENTS, "attachment.title");
        return fields;
    }

    // ---- rules ----

    /**
     * The rules beyond each field's own: the end not before the start, at most {@code max-days} long, counts within
     * {@code max-participants} / {@code max-audience}; on submission also held already and a venue unless online.
     */
    Map<String, String> rules(ActivityForm form, boolean submitting) {
        Map<String, String> errors = new TreeMap<>();
        LocalDate starts = form.getStartsOn();
        LocalDate ends = form.getEndsOn();
        if (starts != null && ends != null) {
            if (ends.isBefore(starts)) {
                errors.put("endsOn", "activity.endsBeforeStart");
            } else if (ChronoUnit.DAYS.between(starts, ends) + 1 > settings.getMaxDays()) {
                errors.put("endsOn", "activity.tooLong");
            }
        }
        if (form.getParticipants() != null && form.getParticipants() > settings.getMaxParticipants()) {
            errors.put("participants", "activity.tooMany");
        }
        if (form.getAudience() != null && form.getAudience() > settings.getMaxAudience()) {
            errors.put("audience", "activity.tooMany");
        }
        if (!submitting) {
            return errors;
        }
        if (starts != null && starts.isAfter(EngineClock.today())) {
            errors.putIfAbsent("startsOn", "activity.notYetHeld");
        }
        if (!Boolean.TRUE.equals(form.getOnline()) && (form.getVenue() == null || form.getVenue().isBlank())) {
            errors.put("venue", "activity.venueRequired");
        }
        return errors;
    }

    // ---- texts ----

    private String summary(ActivityForm form) {
        return texts.text("activity.summaryText", texts.of(form.getActivityType()), form.getTitle(),
                String.valueOf(form.getStartsOn()), String.valueOf(form.getEndsOn()),
                Boolean.TRUE.equals(form.getOnline()) ? texts.text("activity.onlineVenue", blank(form.getVenue()))
                        : blank(form.getVenue()),
                form.getOrganisers(), blank(form.getCoOrganisers()), String.valueOf(form.getParticipants()),
                blank(form.getAudience()), texts.of(form.getBrand()), form.getSummary());
    }

    private static String blank(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }
}
