package org.societyflow.inspection;

import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.document.Attachment;
import org.societyflow.document.ApplicationDocuments;
import org.societyflow.document.AttachmentService;
import org.societyflow.document.AttachmentShelf;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.Complete;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.workflow.SocietyTaskService;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * One society's 年检: the steps of {@code annual-inspection.bpmn} (called as {@code annualInspectionService})
 * and what the society does in the portal. Every state change happens here, inside the engine's
 * transaction when the process calls it.
 */
@Service("annualInspectionService")
@Transactional
public class AnnualInspectionService implements SubmissionCheck, ApplicationDocuments {

    static final String PROCESS_KEY = "annual-inspection";
    static final String ATTACHMENT_OWNER = "annual-inspection";
    static final String SUBMIT_REPORT = "SubmitReport";
    static final String SUBMIT_RECTIFICATION = "SubmitRectification";
    /** 负责人 age limit at which the register counts an officer as over age (docs/RULES.md, 换届). */
    private static final int OFFICER_AGE_LIMIT = 70;
    private static final int PRESIDENT_TERM_LIMIT = 2;
    private static final int MAX_RECTIFICATION = 4000;

    private final AnnualInspectionRepository inspections;
    private final SocietyService societies;
    private final SocietyTaskService societyTasks;
    private final FormValidator validator;
    private final AttachmentService attachments;

    AnnualInspectionService(AnnualInspectionRepository inspections, SocietyService societies,
                            SocietyTaskService societyTasks, FormValidator validator, AttachmentService attachments) {
        this.inspections = inspections;
        this.societies = societies;
        this.societyTasks = societyTasks;
        this.validator = validator;
        this.attachments = attachments;
    }

    // ---- steps of annual-inspection.bpmn ----

    public void open(DelegateExecution execution) {
        Long societyId = ((Number) execution.getVariable("societyId")).longValue();
        int year = ((Number) execution.getVariable("year")).intValue();
        Long campaignId = ((Number) execution.getVariable("campaignId")).longValue();
        LocalDate deadline = toLocalDate((Date) execution.getVariable("reportDeadline"));
        Society society = societies.get(societyId);
        AnnualInspection inspection = inspections.save(new AnnualInspection(execution.getProcessBusinessKey(),
                campaignId, societyId, year, deadline, execution.getProcessInstanceId()));
        execution.setVariable("applicationId", inspection.getId());
        execution.setVariable("societyCode", society.getCode());
        execution.setVariable("societyName", society.getName());
        execution.setVariable("title", year + "年度年检 · " + society.getName());
        execution.setVariable("applicationLink", "/inspections/" + inspection.getId());
    }

    @SuppressWarnings("unchecked")
    public void recordProposal(DelegateExecution execution) {
        Map<String, Object> proposal = (Map<String, Object>) execution.getVariable("gradeProposal");
        InspectionGrade grade = InspectionGrade.valueOf((String) proposal.get("grade"));
        String reason = (String) proposal.get("reason");
        byBusinessKey(execution).propose(grade, reason);
        execution.setVariable("proposedGrade", grade.name());
        execution.setVariable("proposedGradeReason", reason);
        execution.setVariable("grade", grade.name());
        execution.removeVariable("gradeProposal");
    }

    public void returnReport(DelegateExecution execution) {
        reopen(execution.getProcessBusinessKey(), SUBMIT_REPORT);
    }

    public void recordGrade(DelegateExecution execution) {
        AnnualInspection inspection = byBusinessKey(execution);
        InspectionGrade grade = gradeOf(execution.getVariable("grade"));
        String overrideReason = (String) execution.getVariable("gradeOverrideReason");
        if (grade != inspection.getProposedGrade() && (overrideReason == null || overrideReason.isBlank())) {
            throw new FormFieldValidationException("gradeOverrideReason",
                    "评级与系统建议不同，请说明理由 (a grade other than the proposal needs a reason)");
        }
        inspection.grade(grade, grade == inspection.getProposedGrade() ? null : overrideReason.strip());
        societies.recordInspectionResult(inspection.getSocietyId(), inspection.getYear(),
                inspection.getApplicationNo(), grade, null);
        if (grade != InspectionGrade.PASS) {
            societies.changeStatus(inspection.getSocietyId(), SocietyStatus.RECTIFYING,
                    inspection.getYear() + "年度年检" + grade.name() + "，整改中 (" + inspection.getApplicationNo() + ")",
                    null);
        }
    }

    public void markNotSubmitted(DelegateExecution execution) {
        AnnualInspection inspection = byBusinessKey(execution);
        inspection.notSubmitted();
        societies.recordInspectionResult(inspection.getSocietyId(), inspection.getYear(),
                inspection.getApplicationNo(), InspectionGrade.FAIL, null);
    }

    public void recordRectification(DelegateExecution execution, boolean accepted) {
        AnnualInspection inspection = byBusinessKey(execution);
        inspection.judgeRectification(accepted);
        societies.recordInspectionResult(inspection.getSocietyId(), inspection.getYear(),
                inspection.getApplicationNo(), inspection.getGrade(), accepted);
        if (accepted) {
            societies.changeStatus(inspection.getSocietyId(), SocietyStatus.ACTIVE,
                    inspection.getYear() + "年度年检整改通过 (" + inspection.getApplicationNo() + ")", null);
        }
    }

    // ---- what the society does in the portal ----

    @Transactional(readOnly = true)
    public AnnualInspection get(Long id, CurrentUser user) {
        AnnualInspection inspection = inspections.findById(id).orElseThrow(() -> new NotFoundException("inspection", id));
        if (!user.canAccessSociety(societies.get(inspection.getSocietyId()).getCode())) {
            throw new NotFoundException("inspection", id);
        }
        return inspection;
    }

    @Transactional(readOnly = true)
    public List<AnnualInspection> ofSociety(Long societyId) {
        return inspections.findBySocietyIdOrderByYearDesc(societyId);
    }

    public AnnualInspection saveDraft(Long id, InspectionReport report, CurrentUser user) {
        AnnualInspection inspection = editable(id, user);
        FormValidator.throwIfAny(validator.violations(report, Default.class));
        inspection.saveReport(report);
        return inspection;
    }

    /**
     * Saves the report (or, when {@code report} is null, takes the saved draft) and hands it to 学会部: the
     * report row and the process step move together.
     */
    public AnnualInspection submit(Long id, InspectionReport submitted, CurrentUser user) {
        AnnualInspection inspection = editable(id, user);
        InspectionReport report = submitted != null ? submitted : inspection.getReport();
        Map<String, String> errors = validator.violations(report, Default.class, Complete.class);
        if (missingAttachments(inspection)) {
            errors.put("attachments", "inspection.attachmentsMissing");
        }
        FormValidator.throwIfAny(errors);
        Society society = societies.get(inspection.getSocietyId());
        Task task = societyTasks.openTask(inspection.getApplicationNo(), SUBMIT_REPORT, society.getCode())
                .orElseThrow(() -> new BusinessRuleException("inspection.noOpenTask"));
        inspection.saveReport(report);
        inspection.submitReport(user.userId());
        societyTasks.complete(task, user.userId(), gradeInputs(report, society));
        return inspection;
    }

    /** Saves the rectification report as a draft while rectification is due. */
    public AnnualInspection saveRectificationDraft(Long id, String text, CurrentUser user) {
        AnnualInspection inspection = rectifying(id, user);
        if (text != null && text.length() > MAX_RECTIFICATION) {
            throw new InvalidInputException(Map.of("rectificationReport", "validation.rectificationReport"));
        }
        inspection.draftRectification(text == null ? null : text.strip());
        return inspection;
    }

    /** Submits the rectification report ({@code text}, or the saved draft when null) for 学会部's re-review. */
    public AnnualInspection submitRectification(Long id, String text, CurrentUser user) {
        AnnualInspection inspection = rectifying(id, user);
        String report = text != null ? text : inspection.getRectificationReport();
        if (report == null || report.isBlank() || report.length() > MAX_RECTIFICATION) {
            throw new InvalidInputException(Map.of("rectificationReport", "validation.rectificationReport"));
        }
        Society society = societies.get(inspection.getSocietyId());
        Task task = societyTasks.openTask(inspection.getApplicationNo(), SUBMIT_RECTIFICATION, society.getCode())
                .orElseThrow(() -> new BusinessRuleException("inspection.noOpenTask"));
        inspection.submitRectification(report.strip());
        societyTasks.complete(task, user.userId(), Map.of());
        return inspection;
    }

    private AnnualInspection rectifying(Long id, CurrentUser user) {
        AnnualInspection inspection = lockedOwn(id, user);
        if (!inspection.needsRectification()) {
            throw new BusinessRuleException("inspection.notRectifying");
        }
        return inspection;
    }

    // ---- the 材料 of an inspection ----

    @Override
    public String collection() {
        return "inspections";
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

    /** The report's files while it may be edited; rectification material while rectification is due. */
    @Override
    public Attachment attach(Long id, String kindName, MultipartFile file, CurrentUser user) {
        InspectionAttachmentKind kind = ApplicationDocuments.kind(InspectionAttachmentKind.class, kindName);
        AnnualInspection inspection = lockedOwn(id, user);
        requireAttachable(inspection, kind);
        return attachments.store(ATTACHMENT_OWNER, inspection.getId(), inspection.getSocietyId(), kind.name(), file,
                user.userId());
    }

    @Override
    public void detach(Long id, Long attachmentId, CurrentUser user) {
        AnnualInspection inspection = lockedOwn(id, user);
        Attachment attachment = attachment(id, attachmentId, user);
        requireAttachable(inspection, InspectionAttachmentKind.valueOf(attachment.getKind()));
        attachments.delete(attachment);
    }

    private static void requireAttachable(AnnualInspection inspection, InspectionAttachmentKind kind) {
        boolean open = kind == InspectionAttachmentKind.RECTIFICATION ? inspection.needsRectification()
                : inspection.getStatus().reportEditable();
        if (!open) {
            throw new BusinessRuleException("inspection.notEditable");
        }
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
        InspectionStatus status = inspections.findByApplicationNo(businessKey).map(AnnualInspection::getStatus)
                .orElse(null);
        return switch (taskDefinitionKey) {
            case SUBMIT_REPORT -> status == InspectionStatus.SUBMITTED;
            case SUBMIT_RECTIFICATION -> status == InspectionStatus.RECTIFICATION_SUBMITTED;
            default -> false;
        };
    }

    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        AnnualInspection inspection = inspections.findByApplicationNo(businessKey).orElseThrow();
        switch (taskDefinitionKey) {
            case SUBMIT_REPORT -> inspection.returnForCorrection();
            case SUBMIT_RECTIFICATION -> inspection.reopenRectification();
            default -> { }
        }
        return Map.of();
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case SUBMIT_REPORT -> {
                Map<String, String> fields = SubmissionCheck.labelled("inspection.", "membersIndividual", "membersUnit",
                        "staffCount", "councilMeetings", "standingCouncilMeetings", "academicActivities",
                        "popularScienceActivities", "serviceActivities", "partyActivities", "income", "expenses",
                        "netAssets", "auditOpinion", "workSummary", "partyBuilding", "officerChanges");
                fields.put("attachments", "attachment.title");
                yield fields;
            }
            case SUBMIT_RECTIFICATION -> Map.of("rectificationReport", "inspection.rectificationHint");
            default -> Map.of();
        };
    }

    /**
     * The variables the grade DMN and the review form need: the self-inspection answers, indicators the
     * register knows, and the key figures. The full report stays in the domain row.
     */
    Map<String, Object> gradeInputs(InspectionReport r, Society society) {
        LocalDate today = LocalDate.now();
        Map<String, Object> v = new HashMap<>();
        v.put("certificateLent", r.getCertificateLent());
        v.put("outsideScope", r.getOutsideScope());
        v.put("refusedInspection", false);
        v.put("unfiledChanges", r.getUnfiledChanges());
        v.put("forProfit", r.getForProfit());
        v.put("assetsMisappropriated", r.getAssetsMisappropriated());
        v.put("seriousCase", false);
        v.put("meetingsNotHeld", r.getCouncilMeetings() < 1 || !r.getCharterFollowed());
        v.put("termOverdue", society.termOverdueOn(today));
        v.put("officersOverAgeOrTerm", society.hasOfficerOlderThan(OFFICER_AGE_LIMIT, today)
                || society.getOfficers().stream().anyMatch(o -> o.getRole() == org.societyflow.society.OfficerRole.PRESIDENT
                        && o.getTermsServed() > PRESIDENT_TERM_LIMIT));
        v.put("financeIrregular", r.getAuditOpinion() != AuditOpinion.UNQUALIFIED);
        v.put("improperAwards", r.getImproperAwards());
        v.put("uncooperative", false);
        v.put("criticisedLastYear", r.getCriticisedLastYear());
        v.put("membersIndividual", r.getMembersIndividual());
        v.put("membersUnit", r.getMembersUnit());
        v.put("activitiesHeld", r.getAcademicActivities() + r.getPopularScienceActivities() + r.getServiceActivities());
        v.put("income", r.getIncome().doubleValue());
        v.put("expenses", r.getExpenses().doubleValue());
        v.put("netAssets", r.getNetAssets().doubleValue());
        return v;
    }

    private AnnualInspection editable(Long id, CurrentUser user) {
        AnnualInspection inspection = lockedOwn(id, user);
        if (!inspection.getStatus().reportEditable()) {
            throw new BusinessRuleException("inspection.notEditable");
        }
        return inspection;
    }

    /** Only the society itself writes its report; staff and other societies get 404 as if it did not exist. */
    private AnnualInspection lockedOwn(Long id, CurrentUser user) {
        AnnualInspection inspection = inspections.findForUpdate(id).orElseThrow(() -> new NotFoundException("inspection", id));
        if (!Objects.equals(societies.get(inspection.getSocietyId()).getCode(), user.societyCode())) {
            throw new NotFoundException("inspection", id);
        }
        return inspection;
    }


    boolean missingAttachments(AnnualInspection inspection) {
        Set<String> attached = attachments.of(ATTACHMENT_OWNER, inspection.getId()).stream()
                .map(Attachment::getKind).collect(Collectors.toSet());
        return InspectionAttachmentKind.REQUIRED_FOR_REPORT.stream().anyMatch(kind -> !attached.contains(kind.name()));
    }

    private AnnualInspection byBusinessKey(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        return inspections.findByApplicationNo(key).orElseThrow(() -> new NotFoundException("inspection", key));
    }

    private static InspectionGrade gradeOf(Object value) {
        try {
            return InspectionGrade.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new FormFieldValidationException("grade", "请选择评级 PASS / BASIC_PASS / FAIL (grade is required)");
        }
    }

    private static LocalDate toLocalDate(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
