package org.societyflow.inspection;

import static org.societyflow.shared.ProcessVariables.*;
import static org.societyflow.shared.ProcessVariables.Inspection.*;

import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.societyflow.document.Attachment;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.Complete;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormPages;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.society.CaseKind;
import org.societyflow.society.CaseRecord;
import org.societyflow.society.CaseRegister;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;
import org.societyflow.workflow.ActivityLedger;
import org.societyflow.workflow.ApplicationOutcome;
import org.societyflow.workflow.ApplicationSupport;
import org.societyflow.workflow.ApplicationType;
import org.societyflow.workflow.SocietyApplicationLifecycle;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One society's 年检: the steps of {@code annual-inspection.bpmn} (called as {@code annualInspectionService})
 * and what the society does in the portal. Every state change happens here, inside the engine's
 * transaction when the process calls it. The numbers ({@code NJ-2025-0007}) are the campaign's call: each
 * society's 年检 is started by {@code annual-inspection-campaign}, not here.
 */
@Service("annualInspectionService")
@Transactional
public class AnnualInspectionService extends SocietyApplicationLifecycle<AnnualInspection>
        implements ApplicationOutcome {

    static final ApplicationType TYPE = new ApplicationType("annual-inspection", "NJ", "inspection", "inspections",
            "annual-inspection", InspectionAttachmentKind.class);
    static final String SUBMIT_REPORT = "SubmitReport";
    static final String SUBMIT_RECTIFICATION = "SubmitRectification";
    private static final int MAX_RECTIFICATION = 4000;

    private final AnnualInspectionRepository inspections;
    private final CaseRegister caseRegister;
    private final ChineseTexts texts;
    private final ActivityLedger ledger;
    private final int officerMaxAge;
    private final int presidentMaxTerms;
    private final int minCouncilMeetings;
    private final Set<CaseKind> seriousCaseKinds;
    private final Set<CaseKind> uncooperativeKinds;

    AnnualInspectionService(AnnualInspectionRepository inspections, ApplicationSupport support, CaseRegister caseRegister,
                            ChineseTexts texts, ActivityLedger ledger,
                            @Value("${societyflow.officers.max-age}") int officerMaxAge,
                            @Value("${societyflow.officers.president-max-terms}") int presidentMaxTerms,
                            @Value("${societyflow.inspection.min-council-meetings}") int minCouncilMeetings,
                            @Value("${societyflow.inspection.serious-case-kinds}") Set<CaseKind> seriousCaseKinds,
                            @Value("${societyflow.inspection.uncooperative-kinds}") Set<CaseKind> uncooperativeKinds) {
        super(TYPE, inspections, support);
        this.inspections = inspections;
        this.caseRegister = caseRegister;
        this.texts = texts;
        this.ledger = ledger;
        this.officerMaxAge = officerMaxAge;
        this.presidentMaxTerms = presidentMaxTerms;
        this.minCouncilMeetings = minCouncilMeetings;
        this.seriousCaseKinds = Set.copyOf(seriousCaseKinds);
        this.uncooperativeKinds = Set.copyOf(uncooperativeKinds);
    }

    // ---- steps of annual-inspection.bpmn ----

    public void open(DelegateExecution execution) {
        int year = YEAR.of(execution);
        Society society = support.societies().get(SOCIETY_ID.of(execution));
        AnnualInspection inspection = inspections.save(new AnnualInspection(execution.getProcessBusinessKey(),
                CAMPAIGN_ID.of(execution), society.getId(), year, EngineClock.day(REPORT_DEADLINE.of(execution)),
                execution.getProcessInstanceId()));
        APPLICATION_ID.set(execution, inspection.getId());
        SOCIETY_CODE.set(execution, society.getCode());
        SOCIETY_NAME.set(execution, society.getName());
        TITLE.set(execution, texts.text("inspection.processTitle", String.valueOf(year), society.getName()));
        APPLICATION_LINK.set(execution, "/" + TYPE.collection() + "/" + inspection.getId());
    }

    public void recordProposal(DelegateExecution execution) {
        Map<String, Object> proposal = GRADE_PROPOSAL.of(execution);
        InspectionGrade grade = InspectionGrade.valueOf(GRADE.from(proposal));
        String reason = GRADE_REASON.from(proposal);
        of(execution).propose(grade, reason);
        PROPOSED_GRADE.set(execution, grade.name());
        PROPOSED_GRADE_REASON.set(execution, reason);
        GRADE.set(execution, grade.name());
        execution.removeVariable(GRADE_PROPOSAL.name());
    }

    /**
     * The reviewer asked the table again (decision {@code reassess}): its flags 情节严重 / 不配合管理 join what the
     * 处罚与案件记录 of the inspected year say, read again now.
     */
    public void reassess(DelegateExecution execution) {
        AnnualInspection inspection = of(execution);
        Map<String, Object> register = registerInputs(support.societies().get(inspection.getSocietyId()),
                inspection.getYear());
        SERIOUS_CASE.set(execution, SERIOUS_CASE.from(register) || Boolean.TRUE.equals(SERIOUS_CASE_FLAGGED.of(execution)));
        UNCOOPERATIVE.set(execution, UNCOOPERATIVE.from(register)
                || Boolean.TRUE.equals(UNCOOPERATIVE_FLAGGED.of(execution)));
        TERM_OVERDUE.set(execution, TERM_OVERDUE.from(register));
        OFFICERS_OVER_AGE_OR_TERM.set(execution, OFFICERS_OVER_AGE_OR_TERM.from(register));
        CASE_RECORDS.set(execution, CASE_RECORDS.from(register));
    }

    public void returnReport(DelegateExecution execution) {
        reopen(execution.getProcessBusinessKey(), SUBMIT_REPORT);
    }

    public void recordGrade(DelegateExecution execution) {
        AnnualInspection inspection = of(execution);
        InspectionGrade grade = gradeOf(GRADE.of(execution));
        if (Boolean.TRUE.equals(SERIOUS_CASE_FLAGGED.of(execution)) && !Boolean.TRUE.equals(SERIOUS_CASE.of(execution))
                || Boolean.TRUE.equals(UNCOOPERATIVE_FLAGGED.of(execution))
                && !Boolean.TRUE.equals(UNCOOPERATIVE.of(execution))) {
            throw new FormFieldValidationException("decision",
                    "已标记情节严重或不配合管理，请选择“按标记重新评级” (a flag needs the decision reassess first)");
        }
        String overrideReason = GRADE_OVERRIDE_REASON.of(execution);
        if (grade != inspection.getProposedGrade() && (overrideReason == null || overrideReason.isBlank())) {
            throw new FormFieldValidationException(GRADE_OVERRIDE_REASON.name(),
                    "评级与系统建议不同，请说明理由 (a grade other than the proposal needs a reason)");
        }
        inspection.grade(grade, grade == inspection.getProposedGrade() ? null : overrideReason.strip());
        support.societies().recordInspectionResult(inspection.getSocietyId(), inspection.getYear(),
                inspection.getApplicationNo(), grade, null);
        if (grade != InspectionGrade.PASS) {
            support.societies().changeStatus(inspection.getSocietyId(), SocietyStatus.RECTIFYING,
                    texts.text("inspection.rectifyingReason", String.valueOf(inspection.getYear()), texts.of(grade),
                            inspection.getApplicationNo()), null);
        }
    }

    /**
     * No report by the deadline: a refused inspection (年检办法). The grade table then decides with
     * {@code refusedInspection} and what the register knows; {@link #recordNotSubmittedGrade} records its grade.
     */
    public void markNotSubmitted(DelegateExecution execution) {
        AnnualInspection inspection = of(execution);
        inspection.notSubmitted();
        Map<String, Object> inputs = new HashMap<>(registerInputs(support.societies().get(inspection.getSocietyId()),
                inspection.getYear()));
        for (var answer : List.of(CERTIFICATE_LENT, OUTSIDE_SCOPE, UNFILED_CHANGES, FOR_PROFIT, ASSETS_MISAPPROPRIATED,
                MEETINGS_NOT_HELD, CHARTER_NOT_FOLLOWED, FINANCE_IRREGULAR, IMPROPER_AWARDS, CRITICISED_LAST_YEAR)) {
            inputs.put(answer.name(), false); // no report, no answers: the table reads the refusal and the register
        }
        inputs.put(REFUSED_INSPECTION.name(), true);
        execution.setVariables(inputs);
    }

    /** The grade table's result for a missed report, recorded as the year's result without a review. */
    public void recordNotSubmittedGrade(DelegateExecution execution) {
        Map<String, Object> proposal = GRADE_PROPOSAL.of(execution);
        InspectionGrade grade = InspectionGrade.valueOf(GRADE.from(proposal));
        AnnualInspection inspection = of(execution);
        inspection.gradeNotSubmitted(grade, GRADE_REASON.from(proposal));
        PROPOSED_GRADE.set(execution, grade.name());
        PROPOSED_GRADE_REASON.set(execution, GRADE_REASON.from(proposal));
        GRADE.set(execution, grade.name());
        execution.removeVariable(GRADE_PROPOSAL.name());
        support.societies().recordInspectionResult(inspection.getSocietyId(), inspection.getYear(),
                inspection.getApplicationNo(), grade, null);
    }

    public void recordRectification(DelegateExecution execution, boolean accepted) {
        AnnualInspection inspection = of(execution);
        inspection.judgeRectification(accepted);
        support.societies().recordInspectionResult(inspection.getSocietyId(), inspection.getYear(),
                inspection.getApplicationNo(), inspection.getGrade(), accepted);
        if (accepted) {
            support.societies().changeStatus(inspection.getSocietyId(), SocietyStatus.ACTIVE,
                    texts.text("inspection.rectifiedReason", String.valueOf(inspection.getYear()),
                            inspection.getApplicationNo()), null);
        }
    }

    // ---- what the society does in the portal ----

    @Transactional(readOnly = true)
    public List<AnnualInspection> ofSociety(Long societyId) {
        return inspections.findBySocietyIdOrderByYearDesc(societyId);
    }

    public AnnualInspection saveDraft(Long id, InspectionReport report, CurrentUser user) {
        AnnualInspection inspection = editable(id, user);
        validate(report, Default.class);
        inspection.saveReport(report);
        return inspection;
    }

    /**
     * Saves the report (or, when {@code report} is null, takes the saved draft) and hands it to 学会部 with what
     * the grade table reads: the report row and the process step move together.
     */
    public AnnualInspection submit(Long id, InspectionReport submitted, CurrentUser user) {
        AnnualInspection inspection = editable(id, user);
        InspectionReport report = submitted != null ? submitted : inspection.getReport();
        Map<String, String> errors = support.validator().violations(report, Default.class, Complete.class);
        if (!hasRequiredDocuments(inspection)) {
            errors.put(FormPages.ATTACHMENTS, "inspection.attachmentsMissing");
        }
        FormValidator.throwIfAny(errors);
        return completeStep(inspection, SUBMIT_REPORT, user, () -> {
            inspection.saveReport(report);
            inspection.submitReport(user.userId());
            Map<String, Object> inputs = gradeInputs(report, support.societies().get(inspection.getSocietyId()),
                    inspection.getYear());
            inputs.putAll(ledgerInputs(activityComparison(inspection, report)));
            return inputs;
        });
    }

    /**
     * The report as the society finds it: one not begun yet takes its activity figures from the verified activity
     * ledger of the inspected year (saved only when the society saves); a begun one stays as it is.
     */
    @Transactional(readOnly = true)
    public InspectionReport prefilled(AnnualInspection inspection) {
        InspectionReport report = inspection.getReport();
        if (!report.isBlank() || !inspection.getStatus().reportEditable()) {
            return report;
        }
        ActivityLedger.Figures figures = ledger.verifiedIn(inspection.getSocietyId(), inspection.getYear());
        InspectionReport draft = new InspectionReport();
        draft.setAcademicActivities(figures.academic());
        draft.setPopularScienceActivities(figures.popularScience());
        draft.setServiceActivities(figures.service());
        draft.setPartyActivities(figures.party());
        return draft;
    }

    /** The report's activity figures beside the verified ledger's for the inspected year. */
    @Transactional(readOnly = true)
    public List<ActivityComparison> activityComparison(AnnualInspection inspection, InspectionReport report) {
        return ActivityComparison.of(report, ledger.verifiedIn(inspection.getSocietyId(), inspection.getYear()));
    }

    /** The figures both ways for the review form, and a line for each that differs. */
    private Map<String, Object> ledgerInputs(List<ActivityComparison> comparison) {
        Map<String, ActivityComparison> byField = comparison.stream()
                .collect(Collectors.toMap(ActivityComparison::field, c -> c));
        String differences = comparison.stream().filter(c -> c.difference() != null && c.difference() != 0)
                .map(c -> texts.text("inspection.activityDifference", texts.text("inspection." + c.field()),
                        String.valueOf(c.reported()), String.valueOf(c.ledger()),
                        (c.difference() > 0 ? "+" : "") + c.difference()))
                .collect(Collectors.joining("\n"));
        return Map.ofEntries(
                ACADEMIC_ACTIVITIES.entry(byField.get("academicActivities").reported()),
                POPULAR_SCIENCE_ACTIVITIES.entry(byField.get("popularScienceActivities").reported()),
                SERVICE_ACTIVITIES.entry(byField.get("serviceActivities").reported()),
                PARTY_ACTIVITIES.entry(byField.get("partyActivities").reported()),
                LEDGER_ACADEMIC_ACTIVITIES.entry(byField.get("academicActivities").ledger()),
                LEDGER_POPULAR_SCIENCE_ACTIVITIES.entry(byField.get("popularScienceActivities").ledger()),
                LEDGER_SERVICE_ACTIVITIES.entry(byField.get("serviceActivities").ledger()),
                LEDGER_PARTY_ACTIVITIES.entry(byField.get("partyActivities").ledger()),
                ACTIVITY_DIFFERENCES.entry(differences.isEmpty()
                        ? texts.text("inspection.activityDifferencesNone") : differences));
    }

    /** Saves the rectification report as a draft while rectification is due. */
    public AnnualInspection saveRectificationDraft(Long id, String text, CurrentUser user) {
        AnnualInspection inspection = rectifying(id, user);
        if (text != null && text.length() > MAX_RECTIFICATION) {
            throw invalidRectification();
        }
        inspection.draftRectification(text == null ? null : text.strip());
        return inspection;
    }

    /** Submits the rectification report ({@code text}, or the saved draft when null) for 学会部's re-review. */
    public AnnualInspection submitRectification(Long id, String text, CurrentUser user) {
        AnnualInspection inspection = rectifying(id, user);
        String report = text != null ? text : inspection.getRectificationReport();
        if (report == null || report.isBlank() || report.length() > MAX_RECTIFICATION) {
            throw invalidRectification();
        }
        return completeStep(inspection, SUBMIT_RECTIFICATION, user,
                () -> inspection.submitRectification(report.strip()));
    }

    private static InvalidInputException invalidRectification() {
        return new InvalidInputException(Map.of("rectificationReport", "validation.rectificationReport"));
    }

    private AnnualInspection editable(Long id, CurrentUser user) {
        return ownWhile(id, user, i -> i.getStatus().reportEditable(), "inspection.notEditable");
    }

    private AnnualInspection rectifying(Long id, CurrentUser user) {
        return ownWhile(id, user, AnnualInspection::needsRectification, "inspection.notRectifying");
    }

    // ---- the 材料 of an inspection ----

    /** The report's files while it may be edited; rectification material while rectification is due. */
    @Override
    protected AnnualInspection attachable(Long id, String kind, CurrentUser user) {
        AnnualInspection inspection = own(id, user);
        boolean open = InspectionAttachmentKind.RECTIFICATION.name().equals(kind) ? inspection.needsRectification()
                : inspection.getStatus().reportEditable();
        if (!open) {
            throw new BusinessRuleException("inspection.notEditable");
        }
        return inspection;
    }

    /** A document comes off under the rule it went on by: its kind's. */
    @Override
    public void detach(Long id, Long attachmentId, CurrentUser user) {
        Attachment attachment = attachment(id, attachmentId, user);
        attachable(id, attachment.getKind(), user);
        support.attachments().delete(attachment);
    }

    /** Whether the documents a report must come with are attached. */
    boolean hasRequiredDocuments(AnnualInspection inspection) {
        return hasDocuments(inspection, InspectionAttachmentKind.REQUIRED_FOR_REPORT);
    }

    // ---- what the approval operations ask ----

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

    /** The 审批单's decision: the grade 学会部 recorded, and its reason when it differs from the proposal. */
    @Override
    @Transactional(readOnly = true)
    public List<Line> outcome(String businessKey) {
        return inspections.findByApplicationNo(businessKey).filter(i -> i.getGrade() != null).map(i -> {
            List<Line> lines = new java.util.ArrayList<>();
            lines.add(new Line("inspection.grade", "InspectionGrade." + i.getGrade(), null));
            if (i.getGradeOverrideReason() != null && !i.getGradeOverrideReason().isBlank()) {
                lines.add(new Line("inspection.overrideReason", "approval.sheet.text", i.getGradeOverrideReason()));
            }
            return List.copyOf(lines);
        }).orElse(List.of());
    }

    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        AnnualInspection inspection = byBusinessKey(businessKey);
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
                fields.put(FormPages.ATTACHMENTS, "attachment.title");
                yield fields;
            }
            case SUBMIT_RECTIFICATION -> Map.of("rectificationReport", "inspection.rectificationHint");
            default -> Map.of();
        };
    }

    /**
     * The variables the grade DMN and the review form need: the self-inspection answers, indicators the
     * register knows (officers, term, the 处罚与案件记录 of the inspected year), and the key figures. The full report
     * stays in the domain row.
     */
    Map<String, Object> gradeInputs(InspectionReport r, Society society, int year) {
        Map<String, Object> inputs = new HashMap<>(registerInputs(society, year));
        inputs.putAll(Map.ofEntries(
                CERTIFICATE_LENT.entry(r.getCertificateLent()),
                OUTSIDE_SCOPE.entry(r.getOutsideScope()),
                REFUSED_INSPECTION.entry(false),
                UNFILED_CHANGES.entry(r.getUnfiledChanges()),
                FOR_PROFIT.entry(r.getForProfit()),
                ASSETS_MISAPPROPRIATED.entry(r.getAssetsMisappropriated()),
                MEETINGS_NOT_HELD.entry(r.getCouncilMeetings() < minCouncilMeetings),
                CHARTER_NOT_FOLLOWED.entry(!r.getCharterFollowed()),
                FINANCE_IRREGULAR.entry(r.getAuditOpinion() != AuditOpinion.UNQUALIFIED),
                IMPROPER_AWARDS.entry(r.getImproperAwards()),
                CRITICISED_LAST_YEAR.entry(r.getCriticisedLastYear()),
                MEMBERS_INDIVIDUAL.entry(r.getMembersIndividual()),
                MEMBERS_UNIT.entry(r.getMembersUnit()),
                ACTIVITIES_HELD.entry(r.getAcademicActivities() + r.getPopularScienceActivities()
                        + r.getServiceActivities()),
                INCOME.entry(r.getIncome().doubleValue()),
                EXPENSES.entry(r.getExpenses().doubleValue()),
                NET_ASSETS.entry(r.getNetAssets().doubleValue())));
        return inputs;
    }

    /**
     * What the register says whatever the report: term and officers today, and the 处罚与案件记录 dated in the
     * inspected year — a kind of {@code societyflow.inspection.serious-case-kinds} makes the case serious, one of
     * {@code uncooperative-kinds} makes the society uncooperative.
     */
    Map<String, Object> registerInputs(Society society, int year) {
        LocalDate today = EngineClock.today();
        List<CaseRecord> records = caseRegister.ofYear(society.getId(), year);
        return Map.ofEntries(
                TERM_OVERDUE.entry(society.termOverdueOn(today)),
                OFFICERS_OVER_AGE_OR_TERM.entry(society.hasOfficerOlderThan(officerMaxAge, today)
                        || society.getOfficers().stream().anyMatch(o -> o.getRole() == OfficerRole.PRESIDENT
                                && o.getTermsServed() > presidentMaxTerms)),
                SERIOUS_CASE.entry(records.stream().anyMatch(c -> seriousCaseKinds.contains(c.getKind()))),
                UNCOOPERATIVE.entry(records.stream().anyMatch(c -> uncooperativeKinds.contains(c.getKind()))),
                CASE_RECORDS.entry(records.isEmpty() ? texts.text("inspection.caseRecords.none")
                        : records.stream().map(c -> texts.text("inspection.caseRecords.line", c.getOccurredOn(),
                                texts.of(c.getKind()), c.getSource())).collect(Collectors.joining("\n"))));
    }

    private static InspectionGrade gradeOf(String value) {
        try {
            return InspectionGrade.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new FormFieldValidationException(GRADE.name(),
                    "请选择评级 PASS / BASIC_PASS / FAIL (grade is required)");
        }
    }
}
