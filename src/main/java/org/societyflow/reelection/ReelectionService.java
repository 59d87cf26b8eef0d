package org.societyflow.reelection;

import org.societyflow.society.Candidate;
import org.societyflow.society.OfficerEligibility;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.document.Attachment;
import org.societyflow.document.ApplicationDocuments;
import org.societyflow.document.AttachmentService;
import org.societyflow.document.AttachmentShelf;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.Complete;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRules;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.workflow.Deadlines;
import org.societyflow.workflow.ProcessStarter;
import org.societyflow.workflow.SocietyTaskService;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * One society's 换届 (docs/RULES.md, 换届): the steps of {@code society-reelection.bpmn} (as {@code reelectionService})
 * and what the society and 学会部 do in the portal and the API.
 */
@Service("reelectionService")
@Transactional
public class ReelectionService implements SubmissionCheck, ApplicationDocuments {

    static final String PROCESS_KEY = "society-reelection";
    static final String SUBMIT_PLAN = "SubmitPlan";
    static final String SUBMIT_RESULTS = "SubmitResults";
    static final String ATTACHMENT_OWNER = "society-reelection";
    /** A 会员大会 is for societies of at most this many members; above it a 代表大会 of at least a third. */
    private static final int GENERAL_ASSEMBLY_LIMIT = 200;

    private final ReelectionRepository reelections;
    private final SocietyService societies;
    private final SocietyTaskService societyTasks;
    private final ProcessStarter processStarter;
    private final OfficerEligibility eligibility;
    private final AttachmentService attachments;
    private final Deadlines deadlines;
    private final FormValidator validator;
    private final Period assemblyLeadTime;
    private final Period maxTerm;
    private final Period maxPostponement;

    ReelectionService(ReelectionRepository reelections, SocietyService societies, SocietyTaskService societyTasks,
                      ProcessStarter processStarter, OfficerEligibility eligibility, AttachmentService attachments,
                      Deadlines deadlines, FormValidator validator,
                      @Value("${societyflow.reelection.assembly-lead-time}") Period assemblyLeadTime,
                      @Value("${societyflow.reelection.max-term}") Period maxTerm,
                      @Value("${societyflow.reelection.max-postponement}") Period maxPostponement) {
        this.reelections = reelections;
        this.societies = societies;
        this.societyTasks = societyTasks;
        this.processStarter = processStarter;
        this.eligibility = eligibility;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.validator = validator;
        this.assemblyLeadTime = assemblyLeadTime;
        this.maxTerm = maxTerm;
        this.maxPostponement = maxPostponement;
    }

    // ---- starting ----

    /** The society itself, or 学会部 for any supervised society, starts a 换届. */
    public Reelection start(Long societyId, CurrentUser user) {
        Society society = societies.get(societyId);
        boolean own = society.getCode().equals(user.societyCode());
        if (!own && !user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new NotFoundException("society", societyId);
        }
        return start(society, user.userId());
    }

    Reelection start(Society given, String initiatedBy) {
        Society society = societies.getForUpdate(given.getId());
        if (society.getSupervisionMode() != SupervisionMode.SUPERVISED) {
            throw new BusinessRuleException("society.notSupervised");
        }
        if (society.getStatus() != SocietyStatus.ACTIVE && society.getStatus() != SocietyStatus.RECTIFYING) {
            throw new BusinessRuleException("society.notActive");
        }
        if (reelections.existsBySocietyIdAndStatusNot(society.getId(), ReelectionStatus.FILED)) {
            throw new BusinessRuleException("reelection.alreadyOpen");
        }
        String applicationNo = processStarter.start(PROCESS_KEY, "HJ", today().getYear(),
                Map.of("societyId", society.getId(), "initiatedBy", initiatedBy));
        return reelections.findByApplicationNo(applicationNo).orElseThrow();
    }

    /** Whether the scheduler already started the 换届 that closes the society's current term. */
    @Transactional(readOnly = true)
    public boolean startedForCurrentTerm(Society society) {
        return reelections.existsBySocietyIdAndClosingTerm(society.getId(), society.getTermNumber())
                || reelections.existsBySocietyIdAndStatusNot(society.getId(), ReelectionStatus.FILED);
    }

    // ---- steps of society-reelection.bpmn ----

    public void open(DelegateExecution execution) {
        Society society = societies.get(((Number) execution.getVariable("societyId")).longValue());
        Reelection reelection = reelections.save(new Reelection(execution.getProcessBusinessKey(), society.getId(),
                society.getTermNumber(), execution.getProcessInstanceId(), (String) execution.getVariable("initiatedBy")));
        execution.setVariable("applicationId", reelection.getId());
        execution.setVariable("societyCode", society.getCode());
        execution.setVariable("societyName", society.getName());
        execution.setVariable("title", "换届 · " + society.getName()
                + (society.getTermNumber() == null ? "" : "（第" + society.getTermNumber() + "届期满）"));
        execution.setVariable("applicationLink", "/reelections/" + reelection.getId());
    }

    /** Runs the eligibility rules for every candidate; flags are stored on the candidate and summarised. */
    public void checkCandidates(DelegateExecution execution) {
        Reelection reelection = byBusinessKey(execution);
        LocalDate electionDay = reelection.getPlan().getAssemblyDate();
        int flagged = 0;
        StringBuilder summary = new StringBuilder();
        for (Candidate candidate : reelection.getPlan().getCandidates()) {
            List<String> reasons = eligibility.reasons(candidate, electionDay);
            candidate.setFlags(reasons.isEmpty() ? null : String.join("；", reasons));
            if (!reasons.isEmpty()) {
                flagged++;
                summary.append(candidate.getRole().chineseName()).append(' ').append(candidate.getName()).append('：')
                        .append(candidate.getFlags()).append('\n');
            }
        }
        execution.setVariable("flaggedCandidates", flagged);
        execution.setVariable("eligibilitySummary", flagged == 0 ? "全部候选人符合任职条件" : summary.toString().strip());
        execution.setVariable("exceptionGranted", false);
    }

    public void returnPlan(DelegateExecution execution) {
        reopen(execution.getProcessBusinessKey(), SUBMIT_PLAN);
    }

    public void approvePlan(DelegateExecution execution) {
        Date due = deadlines.dueDate("reelection-results");
        byBusinessKey(execution).approve(due.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        execution.setVariable("resultsDue", due);
    }

    /** The results differ when someone was elected who was not an approved candidate for that office. */
    public void compareResults(DelegateExecution execution) {
        Reelection reelection = byBusinessKey(execution);
        Set<String> approved = reelection.getPlan().getCandidates().stream()
                .map(c -> c.getRole() + ":" + c.getName().strip()).collect(Collectors.toSet());
        boolean differ = reelection.getResults().getOfficers().stream()
                .anyMatch(o -> !approved.contains(o.getRole() + ":" + o.getName().strip()));
        execution.setVariable("resultsDiffer", differ);
    }

    public void returnResults(DelegateExecution execution) {
        reopen(execution.getProcessBusinessKey(), SUBMIT_RESULTS);
    }

    /** 备案: the register takes the new term and officers, with a change-log line each. */
    public void file(DelegateExecution execution) {
        Reelection reelection = byBusinessKey(execution);
        ReelectionResults results = reelection.getResults();
        List<Officer> officers = results.getOfficers().stream().map(o -> new Officer(o.getRole(), o.getName().strip(),
                o.getBirthDate(), o.getLegalRepresentative(), o.getFullTime(), 1)).toList();
        String by = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        societies.applyReelection(reelection.getSocietyId(), results.getNewTermStart(), results.getNewTermEnd(), officers,
                reelection.getApplicationNo(), by);
        reelection.filed();
    }

    // ---- what the society does ----

    @Transactional(readOnly = true)
    public Reelection get(Long id, CurrentUser user) {
        Reelection reelection = reelections.findById(id).orElseThrow(() -> new NotFoundException("reelection", id));
        if (!user.canAccessSociety(societies.get(reelection.getSocietyId()).getCode())) {
            throw new NotFoundException("reelection", id);
        }
        return reelection;
    }

    /** Every 换届, newest first, for 科协 staff. */
    @Transactional(readOnly = true)
    public List<Reelection> all() {
        return reelections.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Reelection> ofSociety(Long societyId) {
        return reelections.findBySocietyIdOrderByIdDesc(societyId);
    }

    public Reelection savePlan(Long id, ReelectionPlan plan, CurrentUser user) {
        Reelection reelection = own(id, user);
        requirePlanEditable(reelection);
        plan.dropBlankCandidates();
        FormValidator.throwIfAny(validator.violations(plan, Default.class));
        reelection.savePlan(plan);
        return reelection;
    }

    /** Submits the plan ({@code plan}, or the saved draft when null) with its candidates for review. */
    public Reelection submitPlan(Long id, ReelectionPlan submitted, CurrentUser user) {
        Reelection reelection = own(id, user);
        requirePlanEditable(reelection);
        ReelectionPlan plan = submitted != null ? submitted : reelection.getPlan();
        plan.dropBlankCandidates();
        Society society = societies.get(reelection.getSocietyId());
        Map<String, String> errors = validator.violations(plan, Default.class, Complete.class);
        errors.putAll(planRules(plan, society));
        FormValidator.throwIfAny(errors);
        Task task = societyTasks.openTask(reelection.getApplicationNo(), SUBMIT_PLAN, society.getCode())
                .orElseThrow(() -> new BusinessRuleException("task.notOpen"));
        reelection.savePlan(plan);
        reelection.submitPlan();
        Map<String, Object> variables = new HashMap<>();
        variables.put("timing", plan.getTiming().name());
        variables.put("assemblyDate", Date.from(plan.getAssemblyDate().atStartOfDay(ZoneId.systemDefault()).toInstant()));
        variables.put("candidateCount", plan.getCandidates().size());
        societyTasks.complete(task, user.userId(), variables);
        return reelection;
    }

    public Reelection saveResults(Long id, ReelectionResults results, CurrentUser user) {
        Reelection reelection = own(id, user);
        requireResultsEditable(reelection);
        results.dropBlankOfficers();
        FormValidator.throwIfAny(validator.violations(results, Default.class));
        reelection.saveResults(results);
        return reelection;
    }

    public Reelection submitResults(Long id, ReelectionResults submitted, CurrentUser user) {
        Reelection reelection = own(id, user);
        requireResultsEditable(reelection);
        ReelectionResults results = submitted != null ? submitted : reelection.getResults();
        results.dropBlankOfficers();
        Map<String, String> errors = validator.violations(results, Default.class, Complete.class);
        errors.putAll(resultRules(results));
        if (attachments.of(ATTACHMENT_OWNER, reelection.getId()).stream()
                .noneMatch(a -> ReelectionAttachmentKind.DEPARTURE_AUDIT.name().equals(a.getKind()))) {
            errors.put("attachments", "reelection.departureAuditMissing");
        }
        FormValidator.throwIfAny(errors);
        Society society = societies.get(reelection.getSocietyId());
        Task task = societyTasks.openTask(reelection.getApplicationNo(), SUBMIT_RESULTS, society.getCode())
                .orElseThrow(() -> new BusinessRuleException("task.notOpen"));
        reelection.saveResults(results);
        reelection.submitResults();
        societyTasks.complete(task, user.userId(), Map.of());
        return reelection;
    }

    // ---- 材料 ----

    @Override
    public String collection() {
        return "reelections";
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
        ReelectionAttachmentKind kind = ApplicationDocuments.kind(ReelectionAttachmentKind.class, kindName);
        Reelection reelection = own(id, user);
        requireAttachable(reelection);
        return attachments.store(ATTACHMENT_OWNER, reelection.getId(), reelection.getSocietyId(), kind.name(), file,
                user.userId());
    }

    @Override
    public void detach(Long id, Long attachmentId, CurrentUser user) {
        Reelection reelection = own(id, user);
        requireAttachable(reelection);
        attachments.delete(attachment(id, attachmentId, user));
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
        ReelectionStatus status = reelections.findByApplicationNo(businessKey).map(Reelection::getStatus).orElse(null);
        return switch (taskDefinitionKey) {
            case SUBMIT_PLAN -> status == ReelectionStatus.PLAN_SUBMITTED;
            case SUBMIT_RESULTS -> status == ReelectionStatus.RESULTS_SUBMITTED;
            default -> false;
        };
    }

    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        Reelection reelection = byBusinessKey(businessKey);
        switch (taskDefinitionKey) {
            case SUBMIT_PLAN -> reelection.returnPlan();
            case SUBMIT_RESULTS -> reelection.returnResults();
            default -> { }
        }
        return Map.of();
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        Map<String, String> fields = switch (taskDefinitionKey) {
            case SUBMIT_PLAN -> SubmissionCheck.labelled("reelection.", "timing", "timingReason", "assemblyDate",
                    "assemblyForm", "councilSize", "delegateCount", "planSummary", "candidates");
            case SUBMIT_RESULTS -> {
                Map<String, String> results = SubmissionCheck.labelled("reelection.", "electedOn", "newTermStart",
                        "newTermEnd", "attendees", "eligibleVoters", "newCharter", "minutes");
                results.put("officers", "reelection.electedOfficers");
                yield results;
            }
            default -> new java.util.LinkedHashMap<>();
        };
        if (!fields.isEmpty()) {
            fields.put("attachments", "attachment.title");
        }
        return fields;
    }

    // ---- rules across fields ----

    Map<String, String> planRules(ReelectionPlan plan, Society society) {
        Map<String, String> errors = new TreeMap<>();
        LocalDate today = today();
        if (plan.getTiming() != null && plan.getTiming() != Timing.REGULAR
                && (plan.getTimingReason() == null || plan.getTimingReason().isBlank())) {
            errors.put("timingReason", "reelection.timingReasonRequired");
        }
        LocalDate day = plan.getAssemblyDate();
        LocalDate termEnd = society.getTermEnd();
        if (day != null) {
            if (day.isBefore(today.plus(assemblyLeadTime))) {
                errors.put("assemblyDate", "reelection.assemblyTooSoon");
            } else if (termEnd != null && plan.getTiming() == Timing.BRING_FORWARD && !day.isBefore(termEnd)) {
                errors.put("assemblyDate", "reelection.bringForwardAfterTermEnd");
            } else if (termEnd != null && plan.getTiming() == Timing.POSTPONE
                    && (!day.isAfter(termEnd) || day.isAfter(termEnd.plus(maxPostponement)))) {
                errors.put("assemblyDate", "reelection.postponementRange");
            }
        }
        int members = society.getMembersIndividual() + society.getMembersUnit();
        if (plan.getAssemblyForm() == AssemblyForm.GENERAL_ASSEMBLY && members > GENERAL_ASSEMBLY_LIMIT) {
            errors.put("assemblyForm", "reelection.delegatesRequired");
        }
        if (plan.getAssemblyForm() == AssemblyForm.DELEGATES_ASSEMBLY
                && (plan.getDelegateCount() == null || plan.getDelegateCount() * 3 < members)) {
            errors.put("delegateCount", "reelection.tooFewDelegates");
        }
        OfficerRules.check(plan.getCandidates(), Candidate::getRole, Candidate::getLegalRepresentative, "candidates", errors);
        return errors;
    }

    Map<String, String> resultRules(ReelectionResults results) {
        Map<String, String> errors = new TreeMap<>();
        Integer attendees = results.getAttendees();
        Integer voters = results.getEligibleVoters();
        if (attendees != null && voters != null && (attendees > voters || attendees * 3 < voters * 2)) {
            errors.put("attendees", "reelection.noQuorum");
        }
        LocalDate start = results.getNewTermStart();
        LocalDate end = results.getNewTermEnd();
        if (start != null && end != null && (!end.isAfter(start) || end.isAfter(start.plus(maxTerm)))) {
            errors.put("newTermEnd", "reelection.termTooLong");
        }
        OfficerRules.check(results.getOfficers(), ElectedOfficer::getRole, ElectedOfficer::getLegalRepresentative,
                "officers", errors);
        return errors;
    }

    // ---- helpers ----

    private Reelection own(Long id, CurrentUser user) {
        Reelection reelection = reelections.findForUpdate(id).orElseThrow(() -> new NotFoundException("reelection", id));
        if (!Objects.equals(societies.get(reelection.getSocietyId()).getCode(), user.societyCode())) {
            throw new NotFoundException("reelection", id);
        }
        return reelection;
    }

    private static void requirePlanEditable(Reelection reelection) {
        if (!reelection.getStatus().planEditable()) {
            throw new BusinessRuleException("reelection.planNotEditable");
        }
    }

    private static void requireResultsEditable(Reelection reelection) {
        if (!reelection.getStatus().resultsEditable()) {
            throw new BusinessRuleException("reelection.resultsNotEditable");
        }
    }

    private static void requireAttachable(Reelection reelection) {
        if (!reelection.getStatus().planEditable() && !reelection.getStatus().resultsEditable()) {
            throw new BusinessRuleException("reelection.planNotEditable");
        }
    }

    private Reelection byBusinessKey(DelegateExecution execution) {
        return byBusinessKey(execution.getProcessBusinessKey());
    }

    private Reelection byBusinessKey(String key) {
        return reelections.findByApplicationNo(key).orElseThrow(() -> new NotFoundException("reelection", key));
    }

    private static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
