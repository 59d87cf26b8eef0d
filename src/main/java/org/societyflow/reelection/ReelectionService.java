package org.societyflow.reelection;

import static org.societyflow.shared.ProcessVariables.APPLICATION_ID;
import static org.societyflow.shared.ProcessVariables.APPLICATION_LINK;
import static org.societyflow.shared.ProcessVariables.Reelection.ASSEMBLY_DATE;
import static org.societyflow.shared.ProcessVariables.Reelection.CANDIDATE_COUNT;
import static org.societyflow.shared.ProcessVariables.Reelection.ELIGIBILITY_SUMMARY;
import static org.societyflow.shared.ProcessVariables.Reelection.EXCEPTION_GRANTED;
import static org.societyflow.shared.ProcessVariables.Reelection.EXCEPTION_MEMBERS_PRESENT;
import static org.societyflow.shared.ProcessVariables.Reelection.EXCEPTION_VOTES_FOR;
import static org.societyflow.shared.ProcessVariables.Reelection.FLAGGED_CANDIDATES;
import static org.societyflow.shared.ProcessVariables.Reelection.INITIATED_BY;
import static org.societyflow.shared.ProcessVariables.Reelection.LEGAL_REPRESENTATIVE_REASON;
import static org.societyflow.shared.ProcessVariables.Reelection.RESULTS_DIFFER;
import static org.societyflow.shared.ProcessVariables.Reelection.RESULTS_DUE;
import static org.societyflow.shared.ProcessVariables.Reelection.TIMING;
import static org.societyflow.shared.ProcessVariables.SOCIETY_CODE;
import static org.societyflow.shared.ProcessVariables.SOCIETY_ID;
import static org.societyflow.shared.ProcessVariables.SOCIETY_NAME;
import static org.societyflow.shared.ProcessVariables.TITLE;

import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.Complete;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormPages;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.shared.NotFoundException;
import org.societyflow.society.Candidate;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerEligibility;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.OfficerRules;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.workflow.ApplicationSupport;
import org.societyflow.workflow.ApplicationType;
import org.societyflow.workflow.CaseEntry;
import org.societyflow.workflow.SocietyApplicationLifecycle;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One society's 换届 (docs/RULES.md, 换届): the steps of {@code society-reelection.bpmn} (as {@code reelectionService})
 * and what the society and 学会部 do in the portal and the API.
 */
@Service("reelectionService")
@Transactional
public class ReelectionService extends SocietyApplicationLifecycle<Reelection> implements CaseEntry<ReelectionPlan> {

    static final String SUBMIT_PLAN = "SubmitPlan";
    static final String SUBMIT_RESULTS = "SubmitResults";
    private static final ApplicationType TYPE = new ApplicationType("society-reelection", "HJ", "reelection",
            "reelections", "society-reelection", ReelectionAttachmentKind.class);

    private final ReelectionRepository reelections;
    private final OfficerEligibility eligibility;
    private final ChineseTexts texts;
    private final ReelectionSettings settings;
    private final ResultsDeadline resultsDeadline;

    ReelectionService(ReelectionRepository reelections, ApplicationSupport support, OfficerEligibility eligibility,
                      ChineseTexts texts, ReelectionSettings settings, ResultsDeadline resultsDeadline) {
        super(TYPE, reelections, support);
        this.reelections = reelections;
        this.eligibility = eligibility;
        this.texts = texts;
        this.settings = settings;
        this.resultsDeadline = resultsDeadline;
    }

    // ---- starting ----

    /**
     * The society itself, or 学会部 for any supervised society, starts a 换届; a society that names none starts its
     * own, 学会部 must name one.
     */
    public Reelection start(Long societyId, CurrentUser user) {
        Society society = societyId != null ? support.societies().get(societyId)
                : user.isSociety() ? support.societies().getByCode(user.societyCode()) : null;
        if (society == null) {
            throw new InvalidInputException(Map.of("societyId", "reelection.societyRequired"));
        }
        boolean own = society.getCode().equals(user.societyCode());
        if (!own && !user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new NotFoundException("society", society.getId());
        }
        return start(society, user.userId());
    }

    Reelection start(Society given, String initiatedBy) {
        Society society = support.societies().getForUpdate(given.getId());
        if (society.getSupervisionMode() != SupervisionMode.SUPERVISED) {
            throw new BusinessRuleException("society.notSupervised");
        }
        if (society.getStatus() != SocietyStatus.ACTIVE && society.getStatus() != SocietyStatus.RECTIFYING) {
            throw new BusinessRuleException("society.notActive");
        }
        if (reelections.existsBySocietyIdAndStatusNotIn(society.getId(), ReelectionStatus.CLOSED)) {
            throw new BusinessRuleException("reelection.alreadyOpen");
        }
        return startProcess(EngineClock.today().getYear(),
                Map.ofEntries(SOCIETY_ID.entry(society.getId()), INITIATED_BY.entry(initiatedBy)));
    }

    /** Whether the scheduler already started the 换届 that closes the society's current term. */
    @Transactional(readOnly = true)
    public boolean startedForCurrentTerm(Society society) {
        return reelections.existsBySocietyIdAndClosingTerm(society.getId(), society.getTermNumber())
                || reelections.existsBySocietyIdAndStatusNotIn(society.getId(), ReelectionStatus.CLOSED);
    }

    // ---- steps of society-reelection.bpmn ----

    public void open(DelegateExecution execution) {
        Society society = support.societies().get(SOCIETY_ID.of(execution));
        Reelection reelection = reelections.save(new Reelection(execution.getProcessBusinessKey(), society.getId(),
                society.getTermNumber(), execution.getProcessInstanceId(), INITIATED_BY.of(execution)));
        execution.setVariables(opened(reelection, society));
    }

    /** What every step after 登记换届 reads of the 换届 (its row, link and title). */
    private Map<String, Object> opened(Reelection reelection, Society society) {
        return Map.ofEntries(APPLICATION_ID.entry(reelection.getId()), SOCIETY_CODE.entry(society.getCode()),
                SOCIETY_NAME.entry(society.getName()), TITLE.entry(society.getTermNumber() == null
                        ? texts.text("reelection.process.title", society.getName())
                        : texts.text("reelection.process.termTitle", society.getName(),
                                String.valueOf(society.getTermNumber()))),
                APPLICATION_LINK.entry("/" + TYPE.collection() + "/" + reelection.getId()));
    }

    /** Runs the eligibility rules for every candidate; flags are stored on the candidate and summarised. */
    public void checkCandidates(DelegateExecution execution) {
        execution.setVariables(candidatesChecked(of(execution)));
    }

    private Map<String, Object> candidatesChecked(Reelection reelection) {
        LocalDate electionDay = reelection.getPlan().getAssemblyDate();
        List<String> flagged = new ArrayList<>();
        for (Candidate candidate : reelection.getPlan().getCandidates()) {
            List<String> reasons = eligibility.reasons(candidate, electionDay);
            candidate.setFlags(reasons.isEmpty() ? null : String.join("；", reasons));
            if (!reasons.isEmpty()) {
                flagged.add(texts.text("reelection.process.flaggedCandidate", texts.of(candidate.getRole()),
                        candidate.getName(), candidate.getFlags()));
            }
        }
        return Map.ofEntries(FLAGGED_CANDIDATES.entry(flagged.size()),
                ELIGIBILITY_SUMMARY.entry(flagged.isEmpty() ? texts.text("reelection.process.allEligible")
                        : String.join("\n", flagged)),
                EXCEPTION_GRANTED.entry(false));
    }

    public void returnPlan(DelegateExecution execution) {
        reopen(execution.getProcessBusinessKey(), SUBMIT_PLAN);
    }

    public void approvePlan(DelegateExecution execution) {
        execution.setVariables(approved(of(execution)));
    }

    /** Approved: the results are due so many working days after the assembly the plan names. */
    private Map<String, Object> approved(Reelection reelection) {
        LocalDate assembly = reelection.getPlan().getAssemblyDate();
        reelection.approve(resultsDeadline.lastDay(assembly));
        return Map.ofEntries(RESULTS_DUE.entry(resultsDeadline.dueAt(assembly)));
    }

    /** The results differ when someone was elected who was not an approved candidate for that office. */
    public void compareResults(DelegateExecution execution) {
        Reelection reelection = of(execution);
        Set<String> approved = reelection.getPlan().getCandidates().stream()
                .map(c -> c.getRole() + ":" + c.getName().strip()).collect(Collectors.toSet());
        boolean differ = reelection.getResults().getOfficers().stream()
                .anyMatch(o -> !approved.contains(o.getRole() + ":" + o.getName().strip()));
        RESULTS_DIFFER.set(execution, differ);
    }

    public void returnResults(DelegateExecution execution) {
        reopen(execution.getProcessBusinessKey(), SUBMIT_RESULTS);
    }

    /** 备案: the register takes the new term and officers, with a change-log line each. */
    public void file(DelegateExecution execution) {
        Reelection reelection = of(execution);
        ReelectionResults results = reelection.getResults();
        List<Officer> officers = results.getOfficers().stream().map(o -> new Officer(o.getRole(), o.getName().strip(),
                o.getBirthDate(), o.getLegalRepresentative(), o.getFullTime(), 1)).toList();
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        support.societies().applyReelection(reelection.getSocietyId(), results.getNewTermStart(),
                results.getNewTermEnd(), officers, reelection.getApplicationNo(),
                authentication == null ? null : authentication.getUserId());
        reelection.filed();
    }

    // ---- 迁入: a 换届 whose plan was approved on paper enters at 提交换届选举结果 ----

    @Override
    public List<String> entrySteps() {
        return List.of(SUBMIT_RESULTS);
    }

    @Override
    public Class<ReelectionPlan> dataType() {
        return ReelectionPlan.class;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasOpenCase(Long societyId) {
        return reelections.existsBySocietyIdAndStatusNotIn(societyId, ReelectionStatus.CLOSED);
    }

    /**
     * The 换届 as its plan's submission, 候选人资格审查 and 批准换届方案 would have left it: the plan approved on paper,
     * checked as its submission is, its candidates checked, the results due as the approval makes them.
     */
    @Override
    public Map<String, Object> enter(Society society, String stepId, ReelectionPlan plan, String applicationNo,
                                     String by) {
        plan.dropBlankCandidates();
        Map<String, String> errors = support.validator().violations(plan, Default.class, Complete.class);
        errors.putAll(planRules(plan, society));
        // the assembly's lead time counted when the plan was submitted on paper, not on the day it moves over
        errors.remove("assemblyDate", "reelection.assemblyTooSoon");
        FormValidator.throwIfAny(errors);
        Reelection reelection = new Reelection(applicationNo, society.getId(), society.getTermNumber(), null, by);
        reelection.savePlan(plan);
        reelection.submitPlan();
        Map<String, Object> variables = new LinkedHashMap<>(submitted(plan));
        variables.put(INITIATED_BY.name(), by);
        variables.putAll(candidatesChecked(reelection));
        variables.putAll(approved(reelection));
        variables.putAll(opened(reelections.save(reelection), society));
        return variables;
    }

    @Override
    public void started(String applicationNo, String processInstanceId) {
        byBusinessKey(applicationNo).entered(processInstanceId);
    }

    // ---- what the society does ----

    /** The society's own 换届, or every one for 科协 staff, newest first. */
    @Transactional(readOnly = true)
    public List<Reelection> visibleTo(CurrentUser user) {
        return visibleTo(user, reelections::findBySocietyIdOrderByIdDesc, reelections::findAllByOrderByIdDesc);
    }

    /** A society's 换届, newest first, for the society itself and 科协 staff; "not found" for anyone else. */
    @Transactional(readOnly = true)
    public List<Reelection> ofSociety(Long societyId, CurrentUser user) {
        if (!user.canAccessSociety(support.societies().get(societyId).getCode())) {
            throw new NotFoundException("society", societyId);
        }
        return reelections.findBySocietyIdOrderByIdDesc(societyId);
    }

    /** Whether the user's society may change the plan now. */
    public boolean planEditableBy(Reelection reelection, CurrentUser user) {
        return owns(reelection, user) && reelection.getStatus().planEditable();
    }

    /** Whether the user's society may change the results now. */
    public boolean resultsEditableBy(Reelection reelection, CurrentUser user) {
        return owns(reelection, user) && reelection.getStatus().resultsEditable();
    }

    public Reelection savePlan(Long id, ReelectionPlan plan, CurrentUser user) {
        Reelection reelection = planEditable(id, user);
        plan.dropBlankCandidates();
        validate(plan, Default.class);
        reelection.savePlan(plan);
        return reelection;
    }

    /** Submits the plan ({@code plan}, or the saved draft when null) with its candidates for review. */
    public Reelection submitPlan(Long id, ReelectionPlan submitted, CurrentUser user) {
        Reelection reelection = planEditable(id, user);
        ReelectionPlan plan = submitted != null ? submitted : reelection.getPlan();
        plan.dropBlankCandidates();
        Map<String, String> errors = support.validator().violations(plan, Default.class, Complete.class);
        errors.putAll(planRules(plan, support.societies().get(reelection.getSocietyId())));
        FormValidator.throwIfAny(errors);
        return completeStep(reelection, SUBMIT_PLAN, user, () -> {
            reelection.savePlan(plan);
            reelection.submitPlan();
            return submitted(plan);
        });
    }

    /** What the process reads of a submitted plan; the optional ones are null when the plan has none. */
    private static Map<String, Object> submitted(ReelectionPlan plan) {
        Map<String, Object> variables = new HashMap<>(Map.ofEntries(TIMING.entry(plan.getTiming().name()),
                ASSEMBLY_DATE.entry(EngineClock.startOf(plan.getAssemblyDate())),
                CANDIDATE_COUNT.entry(plan.getCandidates().size())));
        variables.put(EXCEPTION_VOTES_FOR.name(), plan.getExceptionVotesFor());
        variables.put(EXCEPTION_MEMBERS_PRESENT.name(), plan.getExceptionMembersPresent());
        variables.put(LEGAL_REPRESENTATIVE_REASON.name(), blankToNull(plan.getLegalRepresentativeReason()));
        return variables;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Reelection saveResults(Long id, ReelectionResults results, CurrentUser user) {
        Reelection reelection = resultsEditable(id, user);
        results.dropBlankOfficers();
        validate(results, Default.class);
        reelection.saveResults(results);
        return reelection;
    }

    public Reelection submitResults(Long id, ReelectionResults submitted, CurrentUser user) {
        Reelection reelection = resultsEditable(id, user);
        ReelectionResults results = submitted != null ? submitted : reelection.getResults();
        results.dropBlankOfficers();
        Map<String, String> errors = support.validator().violations(results, Default.class, Complete.class);
        errors.putAll(resultRules(results, reelection.getPlan()));
        if (!hasDocuments(reelection, List.of(ReelectionAttachmentKind.DEPARTURE_AUDIT))) {
            errors.put(FormPages.ATTACHMENTS, "reelection.departureAuditMissing");
        }
        FormValidator.throwIfAny(errors);
        return completeStep(reelection, SUBMIT_RESULTS, user, () -> {
            reelection.saveResults(results);
            reelection.submitResults();
        });
    }

    /** Documents come with the plan and with the results, while either is the society's to edit. */
    @Override
    protected Reelection attachable(Long id, String kind, CurrentUser user) {
        return ownWhile(id, user, r -> r.getStatus().planEditable() || r.getStatus().resultsEditable(),
                "reelection.planNotEditable");
    }

    private Reelection planEditable(Long id, CurrentUser user) {
        return ownWhile(id, user, r -> r.getStatus().planEditable(), "reelection.planNotEditable");
    }

    private Reelection resultsEditable(Long id, CurrentUser user) {
        return ownWhile(id, user, r -> r.getStatus().resultsEditable(), "reelection.resultsNotEditable");
    }

    // ---- what the approval operations ask ----

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
                    "assemblyForm", "councilSize", "delegateCount", "planSummary", "candidates",
                    "legalRepresentativeReason", "exceptionVotesFor", "exceptionMembersPresent");
            case SUBMIT_RESULTS -> {
                Map<String, String> results = SubmissionCheck.labelled("reelection.", "electedOn", "newTermStart",
                        "newTermEnd", "attendees", "eligibleVoters", "newCharter", "minutes");
                results.put("officers", "reelection.electedOfficers");
                yield results;
            }
            default -> new LinkedHashMap<>();
        };
        if (!fields.isEmpty()) {
            fields.put("attachments", "attachment.title");
        }
        return fields;
    }

    // ---- rules across fields ----

    Map<String, String> planRules(ReelectionPlan plan, Society society) {
        Map<String, String> errors = new TreeMap<>();
        LocalDate today = EngineClock.today();
        if (plan.getTiming() != null && plan.getTiming() != Timing.REGULAR
                && (plan.getTimingReason() == null || plan.getTimingReason().isBlank())) {
            errors.put("timingReason", "reelection.timingReasonRequired");
        }
        LocalDate day = plan.getAssemblyDate();
        LocalDate termEnd = society.getTermEnd();
        if (day != null) {
            if (day.isBefore(today.plus(settings.getAssemblyLeadTime()))) {
                errors.put("assemblyDate", "reelection.assemblyTooSoon");
            } else if (termEnd != null && plan.getTiming() == Timing.BRING_FORWARD && !day.isBefore(termEnd)) {
                errors.put("assemblyDate", "reelection.bringForwardAfterTermEnd");
            } else if (termEnd != null && plan.getTiming() == Timing.POSTPONE
                    && (!day.isAfter(termEnd) || day.isAfter(termEnd.plus(settings.getMaxPostponement())))) {
                errors.put("assemblyDate", "reelection.postponementRange");
            }
        }
        int members = society.getMembersIndividual() + society.getMembersUnit();
        if (plan.getAssemblyForm() == AssemblyForm.GENERAL_ASSEMBLY && members > settings.getGeneralAssemblyLimit()) {
            errors.put("assemblyForm", "reelection.delegatesRequired");
        }
        if (plan.getAssemblyForm() == AssemblyForm.DELEGATES_ASSEMBLY && (plan.getDelegateCount() == null
                || !settings.getDelegateShare().reachedBy(plan.getDelegateCount(), members))) {
            errors.put("delegateCount", "reelection.tooFewDelegates");
        }
        OfficerRules.check(plan.getCandidates(), Candidate::getRole, Candidate::getLegalRepresentative, "candidates", errors);
        legalRepresentativeRule(plan, errors);
        exceptionVoteRules(plan, members, errors);
        return errors;
    }

    /** The 法定代表人 is normally the 理事长; another officer needs a reason (the 科协's and 民政局's consent). */
    private static void legalRepresentativeRule(ReelectionPlan plan, Map<String, String> errors) {
        boolean another = plan.getCandidates().stream().anyMatch(c -> Boolean.TRUE.equals(c.getLegalRepresentative())
                && c.getRole() != null && c.getRole() != OfficerRole.PRESIDENT);
        if (another && blankToNull(plan.getLegalRepresentativeReason()) == null) {
            errors.put("legalRepresentativeReason", "reelection.legalRepresentativeReasonRequired");
        }
    }

    /**
     * The members' vote for an exception, when the plan records one: both figures, no more present than the society
     * has members, no more votes for than present, and votes for of at least the configured share of those present.
     */
    private void exceptionVoteRules(ReelectionPlan plan, int members, Map<String, String> errors) {
        Integer votesFor = plan.getExceptionVotesFor();
        Integer present = plan.getExceptionMembersPresent();
        if (votesFor == null && present == null) {
            return;
        }
        if (present == null) {
            errors.put("exceptionMembersPresent", "reelection.exceptionVoteIncomplete");
        } else if (votesFor == null) {
            errors.put("exceptionVotesFor", "reelection.exceptionVoteIncomplete");
        } else if (present > members) {
            errors.put("exceptionMembersPresent", "reelection.presentOverMembers");
        } else if (votesFor > present) {
            errors.put("exceptionVotesFor", "reelection.votesOverPresent");
        } else if (!settings.getExceptionVoteShare().reachedBy(votesFor, present)) {
            errors.put("exceptionVotesFor", "reelection.exceptionVoteShort");
        }
    }

    /** The results of an assembly held on or after the approved day, not in the future, with quorum and term. */
    Map<String, String> resultRules(ReelectionResults results, ReelectionPlan approved) {
        Map<String, String> errors = new TreeMap<>();
        LocalDate electedOn = results.getElectedOn();
        if (electedOn != null && electedOn.isAfter(EngineClock.today())) {
            errors.put("electedOn", "reelection.electedInFuture");
        } else if (electedOn != null && approved.getAssemblyDate() != null
                && electedOn.isBefore(approved.getAssemblyDate())) {
            errors.put("electedOn", "reelection.electedBeforeAssembly");
        }
        Integer attendees = results.getAttendees();
        Integer voters = results.getEligibleVoters();
        if (attendees != null && voters != null
                && (attendees > voters || !settings.getQuorum().reachedBy(attendees, voters))) {
            errors.put("attendees", "reelection.noQuorum");
        }
        LocalDate start = results.getNewTermStart();
        LocalDate end = results.getNewTermEnd();
        if (start != null && end != null && (!end.isAfter(start) || end.isAfter(start.plus(settings.getMaxTerm())))) {
            errors.put("newTermEnd", "reelection.termTooLong");
        }
        OfficerRules.check(results.getOfficers(), ElectedOfficer::getRole, ElectedOfficer::getLegalRepresentative,
                "officers", errors);
        return errors;
    }
}
