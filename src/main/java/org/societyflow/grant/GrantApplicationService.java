package org.societyflow.grant;

import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.document.ApplicationDocuments;
import org.societyflow.document.Attachment;
import org.societyflow.document.AttachmentService;
import org.societyflow.document.AttachmentShelf;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.Complete;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.Deadlines;
import org.societyflow.workflow.ProcessStarter;
import org.societyflow.workflow.SocietyTaskService;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Grant applications (docs/RULES.md, 项目资助): what a society does in the portal and the API, and the steps of
 * {@code grant-application.bpmn} (as {@code grantService}). Eligibility is the DMN {@code grant-eligibility},
 * asked at submission.
 */
@Service("grantService")
@Transactional
public class GrantApplicationService implements SubmissionCheck, ApplicationDocuments {

    static final String PROCESS_KEY = "grant-application";
    static final String CORRECTION = "Correction";
    static final String FINAL_REPORT = "FinalReport";
    static final String OBJECTION_MESSAGE = "GrantObjection";
    static final String ATTACHMENT_OWNER = "grant-application";

    private final GrantApplicationRepository applications;
    private final ProgrammeRepository programmes;
    private final ExpertReviewRepository reviews;
    private final SocietyService societies;
    private final SocietyTaskService societyTasks;
    private final ProcessStarter processStarter;
    private final GrantEligibility eligibility;
    private final ProgrammeService programmeService;
    private final AttachmentService attachments;
    private final Deadlines deadlines;
    private final FormValidator validator;
    private final RuntimeService runtimeService;

    GrantApplicationService(GrantApplicationRepository applications, ProgrammeRepository programmes,
                            ExpertReviewRepository reviews, SocietyService societies, SocietyTaskService societyTasks,
                            ProcessStarter processStarter, GrantEligibility eligibility, ProgrammeService programmeService,
                            AttachmentService attachments, Deadlines deadlines, FormValidator validator,
                            RuntimeService runtimeService) {
        this.applications = applications;
        this.programmes = programmes;
        this.reviews = reviews;
        this.societies = societies;
        this.societyTasks = societyTasks;
        this.processStarter = processStarter;
        this.eligibility = eligibility;
        this.programmeService = programmeService;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.validator = validator;
        this.runtimeService = runtimeService;
    }

    // ---- what the society does ----

    /** A society opens a draft application to an open call. */
    public GrantApplication startDraft(Long programmeId, CurrentUser user) {
        if (!user.isSociety()) {
            throw new BusinessRuleException("grant.societyOnly");
        }
        Programme programme = programmes.findById(programmeId == null ? -1 : programmeId)
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
        if (!programme.openOn(today())) {
            throw new BusinessRuleException("grant.callClosed");
        }
        Society society = societies.getByCode(user.societyCode());
        GrantApplication application = new GrantApplication(programme.getId(), society.getId(), user.userId());
        List<GrantCategory> categories = programme.categoryList();
        if (categories.size() == 1) {
            application.getForm().setCategory(categories.get(0));
        }
        application.getForm().setLeadOrganiser(true);
        return applications.save(application);
    }

    @Transactional(readOnly = true)
    public GrantApplication get(Long id, CurrentUser user) {
        GrantApplication application = applications.findById(id).orElseThrow(() -> new NotFoundException("grant", id));
        if (!mayRead(application, user)) {
            throw new NotFoundException("grant", id);
        }
        return application;
    }

    /**
     * Its society and the 科协's reviewing departments read an application; an expert only the ones given to them.
     */
    boolean mayRead(GrantApplication application, CurrentUser user) {
        if (user.isSociety()) {
            return societies.get(application.getSocietyId()).getCode().equals(user.societyCode());
        }
        if (user.isStaff()) {
            return true;
        }
        return user.isExpert() && application.getApplicationNo() != null
                && reviews.existsBySubjectKeyAndExpert(application.getApplicationNo(), user.userId());
    }

    @Transactional(readOnly = true)
    public List<GrantApplication> visibleTo(CurrentUser user) {
        if (user.isSociety()) {
            return applications.findBySocietyIdOrderByIdDesc(societies.getByCode(user.societyCode()).getId());
        }
        return applications.findAllByOrderByIdDesc().stream().filter(a -> a.getStatus() != GrantStatus.DRAFT)
                .filter(a -> mayRead(a, user)).toList();
    }

    @Transactional(readOnly = true)
    public List<GrantApplication> ofProgramme(Long programmeId) {
        return applications.findByProgrammeIdOrderByIdAsc(programmeId);
    }

    public GrantApplication save(Long id, GrantForm form, CurrentUser user) {
        GrantApplication application = editable(id, user);
        form.dropBlankRows();
        FormValidator.throwIfAny(validator.violations(form, Default.class));
        application.saveForm(form);
        return application;
    }

    /**
     * Submits the application ({@code submitted}, or the saved draft when null): the form complete, the budget adding up,
     * and the DMN's eligibility rules. A draft starts its process; a returned application goes back to the formal check.
     */
    public GrantApplication submit(Long id, GrantForm submitted, CurrentUser user) {
        GrantApplication application = editable(id, user);
        GrantForm form = submitted != null ? submitted : application.getForm();
        form.dropBlankRows();
        Programme programme = programmes.findById(application.getProgrammeId()).orElseThrow();
        Society society = societies.get(application.getSocietyId());
        Map<String, String> errors = validator.violations(form, Default.class, Complete.class);
        errors.putAll(rules(form, programme));
        List<GrantEligibility.Refusal> refusals = application.getStatus() == GrantStatus.DRAFT
                ? eligibility.refusals(society, programme, form, context(application, programme, society, form), today())
                : List.of();
        refusals.forEach(r -> errors.putIfAbsent(fieldOf(r.code()), "grant.eligibility." + r.code()));
        FormValidator.throwIfAny(errors);
        application.saveForm(form);
        if (application.getStatus() == GrantStatus.DRAFT) {
            application.eligibility("资格审查：符合申报条件（" + programme.getTitle() + "，限额 " + programme.getCapPerProject() + " 元）");
            processStarter.start(PROCESS_KEY, "XM", programme.getYear(), startVariables(application, programme, society));
        } else {
            Task task = societyTasks.openTask(application.getApplicationNo(), CORRECTION, society.getCode())
                    .orElseThrow(() -> new BusinessRuleException("task.notOpen"));
            application.resubmitted();
            societyTasks.complete(task, user.userId(), Map.of());
        }
        return application;
    }

    public GrantApplication saveReport(Long id, FinalReport report, CurrentUser user) {
        GrantApplication application = reportOpen(id, user);
        FormValidator.throwIfAny(validator.violations(report, Default.class));
        application.saveReport(report);
        return application;
    }

    public GrantApplication submitReport(Long id, FinalReport submitted, CurrentUser user) {
        GrantApplication application = reportOpen(id, user);
        FinalReport report = submitted != null ? submitted : application.getFinalReport();
        FormValidator.throwIfAny(validator.violations(report, Default.class, Complete.class));
        Society society = societies.get(application.getSocietyId());
        Task task = societyTasks.openTask(application.getApplicationNo(), FINAL_REPORT, society.getCode())
                .orElseThrow(() -> new BusinessRuleException("task.notOpen"));
        application.saveReport(report);
        application.status(GrantStatus.REPORT_SUBMITTED);
        societyTasks.complete(task, user.userId(), Map.of());
        return application;
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
                .setVariable("objection", text.strip() + "（" + user.displayName() + "）")
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
        List<GrantApplication> ofSociety = applications.findBySocietyIdOrderByIdDesc(society.getId()).stream()
                .filter(a -> !a.getId().equals(application.getId()) && a.getStatus().live()).toList();
        int inProgramme = (int) ofSociety.stream().filter(a -> a.getProgrammeId().equals(programme.getId())).count();
        int sameType = (int) ofSociety.stream().filter(a -> !a.getProgrammeId().equals(programme.getId()))
                .map(a -> programmes.findById(a.getProgrammeId()).orElseThrow())
                .filter(p -> p.getType() == programme.getType() && p.getYear() == programme.getYear()).count();
        // the same event funded twice: another funded application (any society, any programme) with the same title and start
        boolean funded = form.getTitle() != null && applications.findAll().stream()
                .filter(a -> !a.getId().equals(application.getId()) && a.getStatus().funded())
                .anyMatch(a -> normalised(a.getForm().getTitle()).equals(normalised(form.getTitle()))
                        && java.util.Objects.equals(a.getForm().getStartsOn(), form.getStartsOn()));
        return new GrantEligibility.Context(inProgramme, sameType, funded, societies.inspectionResults(society.getId()));
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
        Map<String, Object> v = new HashMap<>();
        v.put("applicationId", application.getId());
        v.put("societyId", society.getId());
        v.put("societyCode", society.getCode());
        v.put("societyName", society.getName());
        v.put("title", application.getForm().getTitle());
        v.put("programmeId", programme.getId());
        v.put("programmeTitle", programme.getTitle());
        v.put("requestedAmount", application.getForm().getRequestedAmount());
        v.put("discipline", society.getDiscipline().name());
        v.put("expertCount", programme.getExpertsPerApplication());
        v.put("returned", false);
        v.put("applicationLink", "/grants/" + application.getId());
        return v;
    }

    // ---- steps of grant-application.bpmn ----

    public void open(DelegateExecution execution) {
        GrantApplication application = byId(execution);
        application.submitted(execution.getProcessBusinessKey());
        execution.setVariable("objectionReview", false);
    }

    public void returnForCorrection(DelegateExecution execution) {
        execution.setVariables(reopen(execution.getProcessBusinessKey(), CORRECTION));
    }

    public void reject(DelegateExecution execution) {
        GrantApplication application = byId(execution);
        application.status(GrantStatus.REJECTED);
        programmeService.applicationSettled(application.getProgrammeId());
    }

    public void startReview(DelegateExecution execution) {
        byId(execution).status(GrantStatus.UNDER_REVIEW);
    }

    public void reviewed(DelegateExecution execution) {
        GrantApplication application = byId(execution);
        BigDecimal score = BigDecimal.valueOf(((Number) execution.getVariable("meanScore")).doubleValue())
                .setScale(2, RoundingMode.HALF_UP);
        if (Boolean.TRUE.equals(execution.getVariable("objectionReview"))) {
            // the ranking is approved already: 学会部 decides on the re-reviewed application alone
            application.reviewed(score);
            application.status(GrantStatus.OBJECTION);
            return;
        }
        application.reviewed(score);
        programmeService.applicationSettled(application.getProgrammeId());
    }

    public void objectionRaised(DelegateExecution execution) {
        GrantApplication application = byId(execution);
        application.objected((String) execution.getVariable("objection"));
        execution.setVariable("objectionReview", true);
    }

    public void fund(DelegateExecution execution) {
        GrantApplication application = byId(execution);
        LocalDate ends = application.getForm().getEndsOn();
        Date afterEnd = deadlines.after(Date.from(ends.atStartOfDay(ZoneId.systemDefault()).toInstant()), "grant-final-report");
        Date earliest = deadlines.dueDate("grant-report-correction");
        // an event already held (after-the-event subsidy) still gets time to write its report
        Date due = afterEnd.before(earliest) ? earliest : afterEnd;
        application.funded(localDate(due));
        execution.setVariable("finalReportDue", due);
    }

    public void notFunded(DelegateExecution execution) {
        byId(execution).notFunded();
    }

    public void returnFinalReport(DelegateExecution execution) {
        execution.setVariables(reopen(execution.getProcessBusinessKey(), FINAL_REPORT));
    }

    public void accept(DelegateExecution execution) {
        byId(execution).accepted();
    }

    // ---- 材料 ----

    @Override
    public String collection() {
        return "grants";
    }

    @Override
    public AttachmentShelf shelf() {
        return new AttachmentShelf(attachments, ATTACHMENT_OWNER);
    }

    @Override
    @Transactional(readOnly = true)
    public Long readable(Long id, CurrentUser user) {
        return get(id, user).getId();
    }

    @Override
    public Attachment attach(Long id, String kindName, MultipartFile file, CurrentUser user) {
        GrantAttachmentKind kind = ApplicationDocuments.kind(GrantAttachmentKind.class, kindName);
        GrantApplication application = own(id, user);
        if (!application.getStatus().editable() && !application.getStatus().reportOpen()) {
            throw new BusinessRuleException("grant.notEditable");
        }
        return attachments.store(ATTACHMENT_OWNER, application.getId(), application.getSocietyId(), kind.name(), file,
                user.userId());
    }

    @Override
    public void detach(Long id, Long attachmentId, CurrentUser user) {
        GrantApplication application = own(id, user);
        if (!application.getStatus().editable() && !application.getStatus().reportOpen()) {
            throw new BusinessRuleException("grant.notEditable");
        }
        attachments.delete(attachments.get(ATTACHMENT_OWNER, application.getId(), attachmentId));
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_KEY;
    }

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
        GrantApplication application = applications.findByApplicationNo(businessKey).orElseThrow();
        return switch (taskDefinitionKey) {
            case CORRECTION -> {
                Date due = deadlines.dueDate("grant-correction");
                application.returned(localDate(due));
                yield Map.of("correctionDue", due);
            }
            case FINAL_REPORT -> {
                Date due = deadlines.dueDate("grant-report-correction");
                application.reportReturned(localDate(due));
                yield Map.of("finalReportDue", due);
            }
            default -> Map.of();
        };
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        Map<String, String> fields = switch (taskDefinitionKey) {
            case CORRECTION -> SubmissionCheck.labelled("grant.", "title", "category", "startsOn", "endsOn", "venue",
                    "expectedParticipants", "requestedAmount", "leadOrganiser", "cityAssociationRole", "coOrganisers",
                    "plan", "summary");
            case FINAL_REPORT -> SubmissionCheck.labelled("grant.report.", "summary", "participants", "spent");
            default -> new java.util.LinkedHashMap<>();
        };
        if (!fields.isEmpty()) {
            fields.put("attachments", "attachment.title");
        }
        return fields;
    }

    // ---- helpers ----

    private GrantApplication own(Long id, CurrentUser user) {
        GrantApplication application = get(id, user);
        if (!user.isSociety()) {
            throw new BusinessRuleException("grant.societyOnly");
        }
        return application;
    }

    private GrantApplication editable(Long id, CurrentUser user) {
        GrantApplication application = own(id, user);
        if (!application.getStatus().editable()) {
            throw new BusinessRuleException("grant.notEditable");
        }
        return application;
    }

    private GrantApplication reportOpen(Long id, CurrentUser user) {
        GrantApplication application = own(id, user);
        if (!application.getStatus().reportOpen()) {
            throw new BusinessRuleException("grant.reportNotOpen");
        }
        return application;
    }

    private GrantApplication byId(DelegateExecution execution) {
        Long id = ((Number) execution.getVariable("applicationId")).longValue();
        return applications.findById(id).orElseThrow(() -> new IllegalStateException("no grant application " + id));
    }

    private static LocalDate localDate(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
