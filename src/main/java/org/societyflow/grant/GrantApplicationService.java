package org.societyflow.grant;

import static org.societyflow.shared.ProcessVariables.APPLICATION_ID;
import static org.societyflow.shared.ProcessVariables.APPLICATION_LINK;
import static org.societyflow.shared.ProcessVariables.Grant.CORRECTION_DUE;
import static org.societyflow.shared.ProcessVariables.Grant.DISCIPLINE;
import static org.societyflow.shared.ProcessVariables.Grant.EXPERT_COUNT;
import static org.societyflow.shared.ProcessVariables.Grant.FINAL_REPORT_DUE;
import static org.societyflow.shared.ProcessVariables.Grant.MEAN_SCORE;
import static org.societyflow.shared.ProcessVariables.Grant.OBJECTION;
import static org.societyflow.shared.ProcessVariables.Grant.OBJECTION_REVIEW;
import static org.societyflow.shared.ProcessVariables.Grant.PARTY_BUILDING;
import static org.societyflow.shared.ProcessVariables.Grant.PROGRAMME_ID;
import static org.societyflow.shared.ProcessVariables.Grant.PROGRAMME_TITLE;
import static org.societyflow.shared.ProcessVariables.Grant.REQUESTED_AMOUNT;
import static org.societyflow.shared.ProcessVariables.Grant.RETURNED;
import static org.societyflow.shared.ProcessVariables.SOCIETY_CODE;
import static org.societyflow.shared.ProcessVariables.SOCIETY_ID;
import static org.societyflow.shared.ProcessVariables.SOCIETY_NAME;
import static org.societyflow.shared.ProcessVariables.TITLE;

import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.Complete;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormPages;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyExited;
import org.societyflow.workflow.ApplicationSupport;
import org.societyflow.workflow.ApplicationType;
import org.societyflow.workflow.Cancellation;
import org.societyflow.workflow.SocietyApplicationLifecycle;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant applications (docs/RULES.md, 项目资助): what a society does in the portal and the API, and the steps of
 * {@code grant-application.bpmn} (as {@code grantService}). Eligibility is the DMN {@code grant-eligibility},
 * asked at submission. A draft has no number and no process: its first submission starts them.
 */
@Service("grantService")
@Transactional
public class GrantApplicationService extends SocietyApplicationLifecycle<GrantApplication> {

    static final ApplicationType TYPE = new ApplicationType("grant-application", "XM", "grant", "grants",
            "grant-application", GrantAttachmentKind.class);
    static final String CORRECTION = "Correction";
    static final String FINAL_REPORT = "FinalReport";
    static final String OBJECTION_MESSAGE = "GrantObjection";
    private static final List<GrantStatus> FUNDED = Arrays.stream(GrantStatus.values()).filter(GrantStatus::funded).toList();
    private static final List<GrantStatus> LIVE = Arrays.stream(GrantStatus.values()).filter(GrantStatus::live).toList();

    private final GrantApplicationRepository applications;
    private final ProgrammeRepository programmes;
    private final ExpertReviewRepository reviews;
    private final GrantEligibility eligibility;
    private final ProgrammeService programmeService;
    private final RuntimeService runtimeService;
    private final ChineseTexts texts;

    GrantApplicationService(GrantApplicationRepository applications, ProgrammeRepository programmes,
                            ExpertReviewRepository reviews, GrantEligibility eligibility, ProgrammeService programmeService,
                            RuntimeService runtimeService, ChineseTexts texts, ApplicationSupport support) {
        super(TYPE, applications, support);
        this.applications = applications;
        this.programmes = programmes;
        this.reviews = reviews;
        this.eligibility = eligibility;
        this.programmeService = programmeService;
        this.runtimeService = runtimeService;
        this.texts = texts;
    }

    // ---- who reads and who writes ----

    /** Its society and the 科协's staff read an application; an expert only the ones given to them. */
    @Override
    protected boolean mayRead(GrantApplication application, CurrentUser user) {
        return super.mayRead(application, user) || user.isExpert() && application.getApplicationNo() != null
                && reviews.existsBySubjectKeyAndExpert(application.getApplicationNo(), user.userId());
    }

    /** Those who read an application but are not its society hear that a society writes it, as a rule. */
    @Override
    protected String readerRefusal() {
        return "grant.societyOnly";
    }

    @Override
    protected GrantApplication attachable(Long id, String kind, CurrentUser user) {
        return ownWhile(id, user, a -> a.getStatus().editable() || a.getStatus().reportOpen(), "grant.notEditable");
    }

    @Transactional(readOnly = true)
    public List<GrantApplication> visibleTo(CurrentUser user) {
        if (!user.isSociety() && !user.isStaff()) {
            return user.isExpert() ? applications.findReviewedBy(user.userId()) : List.of();
        }
        return visibleTo(user, applications::findBySocietyIdOrderByIdDesc,
                applications::findByApplicationNoNotNullOrderByIdDesc);
    }

    /** Whether the documents an application must come with are attached (submission, the call board's clean check). */
    boolean hasRequiredDocuments(GrantApplication application) {
        return hasDocuments(application, GrantAttachmentKind.REQUIRED_FOR_SUBMISSION);
    }

    @Transactional(readOnly = true)
    public List<GrantApplication> ofProgramme(Long programmeId) {
        return applications.standing(programmeId);
    }

    // ---- what the society does ----

    /** A society opens a draft application to an open call. */
    public GrantApplication startDraft(Long programmeId, CurrentUser user) {
        if (!user.isSociety()) {
            throw new BusinessRuleException("grant.societyOnly");
        }
        Programme programme = programmes.findById(programmeId == null ? -1 : programmeId)
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
        if (!programme.openOn(EngineClock.today())) {
            throw new BusinessRuleException("grant.callClosed");
        }
        Society society = support.societies().getByCode(user.societyCode());
        if (!society.getStatus().operating()) {
            throw new BusinessRuleException("society.notActive");
        }
        GrantApplication application = new GrantApplication(programme.getId(), society.getId(), user.userId());
        List<GrantCategory> categories = programme.categoryList();
        if (categories.size() == 1) {
            application.getForm().setCategory(categories.get(0));
        }
        application.getForm().setLeadOrganiser(true);
        return applications.save(application);
    }

    public GrantApplication save(Long id, GrantForm form, CurrentUser user) {
        GrantApplication application = editable(id, user);
        form.dropBlankRows();
        validate(form, Default.class);
        application.saveForm(form);
        return application;
    }

    /**
     * Submits the application ({@code submitted}, or the saved draft when null): the form complete, the budget adding up,
     * the 申报书 and 预算明细 attached, and the DMN's eligibility rules. A draft starts its process; a returned application
     * goes back to the formal check.
     */
    public GrantApplication submit(Long id, GrantForm submitted, CurrentUser user) {
        GrantApplication application = editable(id, user);
        GrantForm form = submitted != null ? submitted : application.getForm();
        form.dropBlankRows();
        Programme programme = programmes.findById(application.getProgrammeId()).orElseThrow();
        Society society = support.societies().get(application.getSocietyId());
        Map<String, String> errors = support.validator().violations(form, Default.class, Complete.class);
        errors.putAll(rules(form, programme));
        if (!hasRequiredDocuments(application)) {
            errors.put(FormPages.ATTACHMENTS, "grant.attachmentsMissing");
        }
        List<GrantEligibility.Refusal> refusals = application.getStatus() == GrantStatus.DRAFT
                ? eligibility.refusals(society, programme, form, context(application, programme, society, form),
                        EngineClock.today())
                : List.of();
        refusals.forEach(r -> errors.putIfAbsent(fieldOf(r.code()), "grant.eligibility." + r.code()));
        FormValidator.throwIfAny(errors);
        application.saveForm(form);
        if (application.getStatus() != GrantStatus.DRAFT) {
            return completeStep(application, CORRECTION, user, application::resubmitted);
        }
        application.eligibility(texts.text("grant.eligibilityPassed", programme.getTitle(),
                String.valueOf(programme.getCapPerProject())));
        return startProcess(programme.getYear(), startVariables(application, programme, society));
    }

    public GrantApplication saveReport(Long id, FinalReport report, CurrentUser user) {
        GrantApplication application = reportOpen(id, user);
        validate(report, Default.class);
        application.saveReport(report);
        return application;
    }

    public GrantApplication submitReport(Long id, FinalReport submitted, CurrentUser user) {
        GrantApplication application = reportOpen(id, user);
        FinalReport report = submitted != null ? submitted : application.getFinalReport();
        validate(report, Default.class, Complete.class);
        return completeStep(application, FINAL_REPORT, user, () -> {
            application.saveReport(report);
            application.status(GrantStatus.REPORT_SUBMITTED);
        });
    }

    /** An objection during 公示 against an application on the list reopens its review. */
    public GrantApplication object(Long id, String text, CurrentUser user) {
        GrantApplication application = get(id, user);
        if (text == null || text.isBlank() || text.length() > 2000) {
            FormValidator.throwIfAny(Map.of("objection", "grant.objectionRequired"));
        }
        Programme programme = programmes.findById(application.getProgrammeId()).orElseThrow();
        if (programme.getStatus() != ProgrammeStatus.NOTICE
                || !programme.fundedNumbers().contains(application.getApplicationNo())
                || application.getStatus() != GrantStatus.REVIEWED) {
            throw new BusinessRuleException("grant.noObjectionNow");
        }
        runtimeService.createMessageCorrelation(OBJECTION_MESSAGE)
                .processInstanceBusinessKey(application.getApplicationNo())
                .setVariables(Map.ofEntries(OBJECTION.entry(text.strip() + "（" + user.displayName() + "）")))
                .correlate();
        return application;
    }

    Map<String, String> rules(GrantForm form, Programme programme) {
        Map<String, String> errors = new TreeMap<>();
        if (form.getCategory() != null && !programme.categoryList().contains(form.getCategory())) {
            errors.put("category", "grant.categoryNotInCall");
        }
        if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            errors.put("endsOn", "grant.endsBeforeStart");
        }
        if (form.getRequestedAmount() != null && !form.getBudgetLines().isEmpty()
                && form.budgetTotal() != form.getRequestedAmount()) {
            errors.put("budgetLines", "grant.budgetMismatch");
        }
        return errors;
    }

    GrantEligibility.Context context(GrantApplication application, Programme programme, Society society,
                                             GrantForm form) {
        // one application per society per programme type and year (DOMAIN F): every live one counts, in any call
        int sameType = (int) applications.countOfTypeAndYear(society.getId(), programme.getType(), programme.getYear(),
                LIVE, application.getId());
        // the same event funded twice: another funded application (any society, any programme) with the same title and start
        boolean funded = form.getTitle() != null && applications.findByStatusInAndForm_StartsOn(FUNDED, form.getStartsOn())
                .stream().anyMatch(a -> !a.getId().equals(application.getId())
                        && normalised(a.getForm().getTitle()).equals(normalised(form.getTitle())));
        return new GrantEligibility.Context(sameType, funded, support.societies().inspectionResults(society.getId()));
    }

    private static String normalised(String title) {
        return title == null ? "" : title.replaceAll("[\\s　·“”\"《》]", "");
    }

    /** Where the portal shows a refusal: next to the field it concerns, else above the form. */
    static String fieldOf(String code) {
        return switch (code) {
            case "OVER_CAP" -> "requestedAmount";
            case "NOT_LEAD" -> "leadOrganiser";
            case "CONFERENCE_MONTH", "OUTSIDE_WINDOW" -> "startsOn";
            case "CONFERENCE_ROLE" -> "cityAssociationRole";
            case "DOUBLE_FUNDING" -> "title";
            default -> "eligibility";
        };
    }

    private Map<String, Object> startVariables(GrantApplication application, Programme programme, Society society) {
        return Map.ofEntries(APPLICATION_ID.entry(application.getId()), SOCIETY_ID.entry(society.getId()),
                SOCIETY_CODE.entry(society.getCode()), SOCIETY_NAME.entry(society.getName()),
                TITLE.entry(application.getForm().getTitle()), PROGRAMME_ID.entry(programme.getId()),
                PROGRAMME_TITLE.entry(programme.getTitle()),
                REQUESTED_AMOUNT.entry(application.getForm().getRequestedAmount()),
                DISCIPLINE.entry(society.getDiscipline().name()), EXPERT_COUNT.entry(programme.getExpertsPerApplication()),
                RETURNED.entry(false), APPLICATION_LINK.entry("/" + TYPE.collection() + "/" + application.getId()),
                PARTY_BUILDING.entry(programme.getType() == ProgrammeType.PARTY_BUILDING));
    }

    // ---- steps of grant-application.bpmn ----

    /** The process's first step: the draft, found by its id, takes the process's number. */
    public void open(DelegateExecution execution) {
        Long id = APPLICATION_ID.of(execution);
        store.findById(id).orElseThrow(() -> new NotFoundException(type.name(), id))
                .submitted(execution.getProcessBusinessKey());
        OBJECTION_REVIEW.set(execution, false);
    }

    public void returnForCorrection(DelegateExecution execution) {
        execution.setVariables(reopen(execution.getProcessBusinessKey(), CORRECTION));
    }

    public void reject(DelegateExecution execution) {
        GrantApplication application = of(execution);
        application.status(GrantStatus.REJECTED);
        programmeService.applicationSettled(application.getProgrammeId());
    }

    public void startReview(DelegateExecution execution) {
        of(execution).status(GrantStatus.UNDER_REVIEW);
    }

    public void reviewed(DelegateExecution execution) {
        GrantApplication application = of(execution);
        application.reviewed(BigDecimal.valueOf(MEAN_SCORE.of(execution)).setScale(2, RoundingMode.HALF_UP));
        if (Boolean.TRUE.equals(OBJECTION_REVIEW.of(execution))) {
            // the ranking is approved already: 学会部 decides on the re-reviewed application alone
            application.status(GrantStatus.OBJECTION);
            return;
        }
        programmeService.applicationSettled(application.getProgrammeId());
    }

    public void objectionRaised(DelegateExecution execution) {
        of(execution).objected(OBJECTION.of(execution));
        OBJECTION_REVIEW.set(execution, true);
    }

    public void fund(DelegateExecution execution) {
        GrantApplication application = of(execution);
        LocalDate ends = application.getForm().getEndsOn();
        Date afterEnd = support.deadlines().after(
                Date.from(ends.atStartOfDay(EngineClock.INSTANCE.getZone()).toInstant()), "grant-final-report");
        Date earliest = support.deadlines().dueDate("grant-report-correction");
        // an event already held (after-the-event subsidy) still gets time to write its report
        Date due = afterEnd.before(earliest) ? earliest : afterEnd;
        application.funded(EngineClock.day(due));
        FINAL_REPORT_DUE.set(execution, due);
    }

    /**
     * A submitted application that ends early leaves its call's count (the call may have waited only for it) and its
     * experts' load.
     */
    @Override
    protected void cancelled(GrantApplication application) {
        if (application.getApplicationNo() != null) {
            reviews.withdrawOpen(application.getApplicationNo());
        }
        programmeService.applicationSettled(application.getProgrammeId());
    }

    /** The society left the register: its drafts, which have no process to cancel, end with it. */
    @EventListener
    void onExited(SocietyExited event) {
        Cancellation cancellation = new Cancellation(event.by(), EngineClock.now(),
                texts.text("grant.draftCancelledReason", event.reason()));
        applications.findBySocietyIdAndStatus(event.societyId(), GrantStatus.DRAFT)
                .forEach(draft -> cancel(draft, cancellation));
    }

    public void notFunded(DelegateExecution execution) {
        of(execution).notFunded();
    }

    public void returnFinalReport(DelegateExecution execution) {
        execution.setVariables(reopen(execution.getProcessBusinessKey(), FINAL_REPORT));
    }

    public void accept(DelegateExecution execution) {
        of(execution).accepted();
    }

    // ---- what the approval operations ask ----

    @Override
    @Transactional(readOnly = true)
    public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
        GrantStatus status = applications.findByApplicationNo(businessKey).map(GrantApplication::getStatus).orElse(null);
        return switch (taskDefinitionKey) {
            case CORRECTION -> status == GrantStatus.SUBMITTED;
            case FINAL_REPORT -> status == GrantStatus.REPORT_SUBMITTED;
            default -> false;
        };
    }

    /** The application (补正) or the final report comes back to the society with a fresh deadline. */
    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case CORRECTION -> {
                Date due = support.deadlines().dueDate("grant-correction");
                byBusinessKey(businessKey).returned(EngineClock.day(due));
                yield Map.ofEntries(CORRECTION_DUE.entry(due));
            }
            case FINAL_REPORT -> {
                Date due = support.deadlines().dueDate("grant-report-correction");
                byBusinessKey(businessKey).reportReturned(EngineClock.day(due));
                yield Map.ofEntries(FINAL_REPORT_DUE.entry(due));
            }
            default -> Map.of();
        };
    }

    /** A draft is submitted by starting the process: withdrawn, it goes to the society's step of submitting again. */
    @Override
    public Optional<String> resubmissionStep() {
        return Optional.of(CORRECTION);
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        Map<String, String> fields = switch (taskDefinitionKey) {
            case CORRECTION -> SubmissionCheck.labelled("grant.", "title", "category", "startsOn", "endsOn", "venue",
                    "expectedParticipants", "requestedAmount", "leadOrganiser", "cityAssociationRole", "coOrganisers",
                    "plan", "summary");
            case FINAL_REPORT -> SubmissionCheck.labelled("grant.report.", "summary", "participants", "spent");
            default -> new LinkedHashMap<>();
        };
        if (!fields.isEmpty()) {
            fields.put("attachments", "attachment.title");
        }
        return fields;
    }

    // ---- helpers ----

    private GrantApplication editable(Long id, CurrentUser user) {
        return ownWhile(id, user, a -> a.getStatus().editable(), "grant.notEditable");
    }

    private GrantApplication reportOpen(Long id, CurrentUser user) {
        return ownWhile(id, user, a -> a.getStatus().reportOpen(), "grant.reportNotOpen");
    }
}
