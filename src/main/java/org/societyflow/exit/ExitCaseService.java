package org.societyflow.exit;

import static org.societyflow.shared.ProcessVariables.*;
import static org.societyflow.shared.ProcessVariables.Exit.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.notification.NotificationService;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormPages;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;
import org.societyflow.workflow.ApplicationSupport;
import org.societyflow.workflow.ApplicationType;
import org.societyflow.workflow.CaseEntry;
import org.societyflow.workflow.SocietyApplicationLifecycle;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 软弱涣散 case (docs/RULES.md, 软弱涣散): the steps of {@code weak-society-exit.bpmn} (as {@code exitCaseService}) and what
 * the society writes in the portal. The society's flag and status change only here, inside the process.
 */
@Service("exitCaseService")
@Transactional
public class ExitCaseService extends SocietyApplicationLifecycle<ExitCase> implements CaseEntry<PaperExitCase> {

    static final ApplicationType TYPE = new ApplicationType("weak-society-exit", "TC", "exitCase", "exit-cases",
            "weak-society-exit", ExitAttachmentKind.class);
    static final String SUBMIT_RECTIFICATION = "SubmitRectification";
    static final String SUBMIT_SECOND_RECTIFICATION = "SubmitSecondRectification";
    static final String SUBMIT_STATEMENT = "SubmitStatement";
    static final String AFFAIRS_ASSESSMENT = "AffairsAssessment";
    /** The indicator code of a case entered from paper: its indicators are the admin's text. */
    private static final String MIGRATED = "migrated";

    /** The message that moves the running rectification period's end (weak-society-exit.bpmn). */
    static final String PERIOD_EXTENDED = "exit-period-extended";
    static final int MAX_REASON = 2000;

    private final ExitCaseRepository cases;
    private final ExitProposalRepository proposals;
    private final NotificationService notifications;
    private final RuntimeService runtimeService;
    private final ChineseTexts texts;

    ExitCaseService(ExitCaseRepository cases, ExitProposalRepository proposals, NotificationService notifications,
                    RuntimeService runtimeService, ApplicationSupport support, ChineseTexts texts) {
        super(TYPE, cases, support);
        this.cases = cases;
        this.proposals = proposals;
        this.notifications = notifications;
        this.runtimeService = runtimeService;
        this.texts = texts;
    }

    /** Opens the case of a confirmed proposal: numbers it and starts its process. */
    ExitCase start(ExitProposal proposal) {
        return startProcess(EngineClock.today().getYear(), Map.ofEntries(
                SOCIETY_ID.entry(proposal.getSocietyId()), PROPOSAL_ID.entry(proposal.getId())));
    }

    // ---- steps of weak-society-exit.bpmn ----

    /** 立案: the case's row; the society is flagged only once the 党组会 confirms the identification. */
    public void open(DelegateExecution execution) {
        Society society = support.societies().get(SOCIETY_ID.of(execution));
        ExitProposal proposal = proposals.findById(PROPOSAL_ID.of(execution)).orElseThrow();
        ExitCase exitCase = new ExitCase(execution.getProcessBusinessKey(), society.getId(), proposal.getId(),
                execution.getProcessInstanceId(), proposal.getIndicators());
        exitCase.awaitConfirmation();
        execution.setVariables(opened(cases.save(exitCase), society));
    }

    /** The 党组会 confirmed the identification: the society is 软弱涣散 and 整改中 until the case ends. */
    public void markWeak(DelegateExecution execution) {
        ExitCase exitCase = of(execution);
        exitCase.confirmed();
        rectifying(exitCase, actor(execution));
    }

    private void rectifying(ExitCase exitCase, String by) {
        support.societies().flagWeak(exitCase.getSocietyId(), true);
        support.societies().changeStatus(exitCase.getSocietyId(), SocietyStatus.RECTIFYING,
                texts.text("exit.rectifyingReason", exitCase.getApplicationNo()), by);
    }

    /**
     * The 党组会 did not confirm: the case closes and its proposal counts as dismissed with the meeting's opinion, so
     * the scan proposes the society again only when its indicators change.
     */
    public void notConfirmed(DelegateExecution execution) {
        ExitCase exitCase = of(execution);
        exitCase.notConfirmed();
        proposals.findById(exitCase.getProposalId()).orElseThrow().dismiss(actor(execution),
                texts.text("exit.notConfirmedReason", OPINION.of(execution)));
    }

    /** The running period ends later by {@code societyflow.deadlines.exit-extension}; the society is told. */
    public void extendPeriod(DelegateExecution execution) {
        ExitCase exitCase = of(execution);
        Date due = support.deadlines().after(RECTIFICATION_DUE.of(execution), "exit-extension");
        exitCase.periodDue(EngineClock.day(due));
        RECTIFICATION_DUE.set(execution, due);
        CASE_SUMMARY.set(execution, summary(exitCase));
        notifications.notifyGroup(Groups.ofSociety(societyCodeOf(exitCase)),
                texts.text("exit.extendedNotice", EngineClock.day(due)), link(exitCase));
    }

    /** What every step after 立案 reads of the case (its row, link, title and summary). */
    private Map<String, Object> opened(ExitCase exitCase, Society society) {
        return Map.ofEntries(APPLICATION_ID.entry(exitCase.getId()), SOCIETY_CODE.entry(society.getCode()),
                SOCIETY_NAME.entry(society.getName()), TITLE.entry(texts.text("exit.processTitle", society.getName())),
                APPLICATION_LINK.entry(link(exitCase)), CASE_SUMMARY.entry(summary(exitCase)));
    }

    /** 致函提醒: the letter, generated from the case, goes to the society with its rectification deadline. */
    public void sendReminderLetter(DelegateExecution execution) {
        ExitCase exitCase = of(execution);
        Society society = support.societies().get(exitCase.getSocietyId());
        Date due = support.deadlines().dueDate("exit-rectification");
        LocalDate today = EngineClock.today();
        recordLetter(exitCase, society, today, EngineClock.day(due));
        notifications.notifyGroup(Groups.ofSociety(society.getCode()),
                texts.text("exit.letterNotice", EngineClock.day(due)), link(exitCase));
        RECTIFICATION_DUE.set(execution, due);
    }

    private void recordLetter(ExitCase exitCase, Society society, LocalDate on, LocalDate due) {
        exitCase.letterSent(texts.text("exit.letterText", society.getName(), exitCase.getIndicators(), due,
                exitCase.getApplicationNo(), on), on, due);
    }

    public void recordOverdue(DelegateExecution execution) {
        ExitCase exitCase = of(execution);
        exitCase.overdue(texts.text("exit.overdueNote", exitCase.getRectificationDue()));
        CASE_SUMMARY.set(execution, summary(exitCase));
    }

    /** 约谈 done: its minutes, and the second rectification period. */
    public void recordInterview(DelegateExecution execution) {
        ExitCase exitCase = of(execution);
        Date due = support.deadlines().dueDate("exit-second-rectification");
        exitCase.interviewed(INTERVIEW_MINUTES.of(execution), EngineClock.day(due));
        RECTIFICATION_DUE.set(execution, due);
        CASE_SUMMARY.set(execution, summary(exitCase));
    }

    public void recordVisit(DelegateExecution execution) {
        ExitCase exitCase = of(execution);
        exitCase.visited(VISIT_FINDINGS.of(execution));
        CASE_SUMMARY.set(execution, summary(exitCase));
    }

    /** The society may state its case once before leadership decides. */
    public void openStatement(DelegateExecution execution) {
        ExitCase exitCase = of(execution);
        Date due = support.deadlines().dueDate("exit-statement");
        exitCase.statementOpen(EngineClock.day(due));
        notifications.notifyGroup(Groups.ofSociety(societyCodeOf(exitCase)),
                texts.text("exit.statementNotice", EngineClock.day(due)), link(exitCase));
        STATEMENT_DUE.set(execution, due);
    }

    public void restore(DelegateExecution execution) {
        ExitCase exitCase = of(execution);
        support.societies().flagWeak(exitCase.getSocietyId(), false);
        support.societies().changeStatus(exitCase.getSocietyId(), SocietyStatus.ACTIVE,
                texts.text("exit.restoredReason", exitCase.getApplicationNo()), actor(execution));
        exitCase.restored();
    }

    /**
     * Exit: the society leaves the register's active ones, its other open applications are cancelled with the
     * reason in their history, and it can start no new one; its history stays readable.
     */
    public void exit(DelegateExecution execution) {
        ExitCase exitCase = of(execution);
        String route = EXIT_ROUTE.of(execution);
        ExitRoute exitRoute = Arrays.stream(ExitRoute.values()).filter(r -> r.name().equals(route)).findFirst()
                .orElseThrow(() -> new FormFieldValidationException(EXIT_ROUTE.name(),
                        "请选择退出方式 (choose how the society exits)"));
        Society society = support.societies().get(exitCase.getSocietyId());
        String reason = texts.text("exit.exitedReason", exitCase.getApplicationNo());
        support.societies().changeStatus(society.getId(), SocietyStatus.EXITED, reason, actor(execution));
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (ProcessInstance other : runtime.createProcessInstanceQuery()
                .variableValueEquals(SOCIETY_CODE.name(), society.getCode()).list()) {
            // a 年检 called by a running campaign runs on to its deadline, or the campaign would wait for it forever
            boolean calledByAnother = runtime.createProcessInstanceQuery().subProcessInstanceId(other.getId()).count() > 0;
            if (!other.getId().equals(execution.getProcessInstanceId()) && !calledByAnother) {
                runtime.deleteProcessInstance(other.getId(), texts.text("exit.terminatedReason", reason));
            }
        }
        exitCase.exited(exitRoute);
    }

    /**
     * 学会部 extends the running rectification period, once per case, with a reason: the process moves the period's
     * end (and its reminder). Refused outside a period and after the first extension.
     */
    public ExitCase extend(Long id, String reason, CurrentUser user) {
        if (!user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new AccessDeniedException("学会部 only");
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidInputException(Map.of("reason", "exit.extensionReasonRequired"));
        }
        ExitCase exitCase = get(id, user);
        if (!exitCase.getStatus().period() || exitCase.getProcessInstanceId() == null) {
            throw new BusinessRuleException("exit.notExtendable");
        }
        if (exitCase.extended()) {
            throw new BusinessRuleException("exit.alreadyExtended");
        }
        exitCase.extend(reason.strip(), user.userId(), EngineClock.today());
        runtimeService.createMessageCorrelation(PERIOD_EXTENDED).processInstanceId(exitCase.getProcessInstanceId())
                .correlate();
        return exitCase;
    }

    // ---- 迁入: a case run on paper enters at 学会部评估整改情况, the society's plan and report in ----

    @Override
    public List<String> entrySteps() {
        return List.of(AFFAIRS_ASSESSMENT);
    }

    @Override
    public Class<PaperExitCase> dataType() {
        return PaperExitCase.class;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasOpenCase(Long societyId) {
        return cases.hasOpenCase(societyId);
    }

    /**
     * The case as 立案, 致函提醒 and the society's submission would have left it: a confirmed proposal with the
     * indicators it was identified for, the society flagged, the letter of the day it went out, plan and report in.
     */
    @Override
    public Map<String, Object> enter(Society society, String stepId, PaperExitCase paper, String applicationNo,
                                     String by) {
        Map<String, String> errors = support.validator().violations(paper);
        if (paper.getLetterSentOn() != null && paper.getRectificationDue() != null
                && !paper.getRectificationDue().isAfter(paper.getLetterSentOn())) {
            errors.putIfAbsent("rectificationDue", "exit.entry.dueBeforeLetter");
        }
        FormValidator.throwIfAny(errors);
        ExitProposal proposal = proposals.save(new ExitProposal(society.getId(), new Indicators(List.of(
                new Indicators.Indicator(MIGRATED, paper.getIndicators().strip())))));
        proposal.confirm(by, applicationNo);
        ExitCase exitCase = new ExitCase(applicationNo, society.getId(), proposal.getId(), null,
                proposal.getIndicators());
        recordLetter(exitCase, society, paper.getLetterSentOn(), paper.getRectificationDue());
        exitCase.write(paper.submission());
        exitCase.submitted();
        rectifying(exitCase, by);
        Map<String, Object> variables = new LinkedHashMap<>(opened(cases.save(exitCase), society));
        variables.put(RECTIFICATION_DUE.name(), Date.from(paper.getRectificationDue()
                .atStartOfDay(EngineClock.INSTANCE.getZone()).toInstant()));
        return variables;
    }

    @Override
    public void started(String applicationNo, String processInstanceId) {
        byBusinessKey(applicationNo).entered(processInstanceId);
    }

    // ---- what the society does ----

    @Transactional(readOnly = true)
    public List<ExitCase> visibleTo(CurrentUser user) {
        return visibleTo(user, cases::findBySocietyIdOrderByIdDesc, cases::findAllByOrderByIdDesc);
    }

    /** Whether the society has something to write now (an open society task). */
    public boolean writable(ExitCase exitCase) {
        return taskKeyOf(exitCase.getStatus()) != null;
    }

    public ExitCase save(Long id, CaseSubmission submission, CurrentUser user) {
        ExitCase exitCase = writable(id, user);
        validate(submission);
        exitCase.write(submission);
        return exitCase;
    }

    public ExitCase submit(Long id, CaseSubmission submitted, CurrentUser user) {
        ExitCase exitCase = writable(id, user);
        CaseSubmission submission = submitted != null ? submitted : exitCase.draft();
        Map<String, String> errors = new TreeMap<>(support.validator().violations(submission));
        switch (exitCase.getStatus()) {
            case FIRST_PERIOD -> {
                requireText(submission.getPlan(), "plan", errors);
                requireText(submission.getReport(), "report", errors);
            }
            case SECOND_PERIOD -> requireText(submission.getReport(), "report", errors);
            default -> {
                if (!submission.isWaiveStatement()) {
                    requireText(submission.getStatement(), "statement", errors);
                }
            }
        }
        FormValidator.throwIfAny(errors);
        return completeStep(exitCase, taskKeyOf(exitCase.getStatus()), user, () -> {
            exitCase.write(submission);
            exitCase.submitted();
            return Map.ofEntries(CASE_SUMMARY.entry(summary(exitCase)));
        });
    }

    private ExitCase writable(Long id, CurrentUser user) {
        return ownWhile(id, user, this::writable, "exit.nothingToWrite");
    }

    // ---- 材料 ----

    /** Documents go on and come off while the society has something to write. */
    @Override
    protected ExitCase attachable(Long id, String kind, CurrentUser user) {
        return writable(id, user);
    }

    // ---- what the approval operations ask ----

    @Override
    @Transactional(readOnly = true)
    public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
        ExitCaseStatus status = cases.findByApplicationNo(businessKey).map(ExitCase::getStatus).orElse(null);
        return switch (taskDefinitionKey) {
            case SUBMIT_RECTIFICATION -> status == ExitCaseStatus.FIRST_ASSESSMENT;
            case SUBMIT_SECOND_RECTIFICATION -> status == ExitCaseStatus.ON_SITE_VISIT;
            case SUBMIT_STATEMENT -> status == ExitCaseStatus.DECISION;
            default -> false;
        };
    }

    /** The society writes for the step again, its deadline unchanged: the case has no return of its own. */
    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        ExitCaseStatus period = switch (taskDefinitionKey) {
            case SUBMIT_RECTIFICATION -> ExitCaseStatus.FIRST_PERIOD;
            case SUBMIT_SECOND_RECTIFICATION -> ExitCaseStatus.SECOND_PERIOD;
            case SUBMIT_STATEMENT -> ExitCaseStatus.STATEMENT;
            default -> null;
        };
        if (period != null) {
            byBusinessKey(businessKey).reopen(period);
        }
        return Map.of();
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        Map<String, String> fields = switch (taskDefinitionKey) {
            case SUBMIT_RECTIFICATION -> SubmissionCheck.labelled("exit.", "plan", "report");
            case SUBMIT_SECOND_RECTIFICATION -> SubmissionCheck.labelled("exit.second", "report");
            case SUBMIT_STATEMENT -> SubmissionCheck.labelled("exit.", "statement");
            default -> new LinkedHashMap<>();
        };
        if (!fields.isEmpty()) {
            fields.put(FormPages.ATTACHMENTS, "attachment.title");
        }
        return fields;
    }

    /** What every reviewer reads: the indicators, what the society wrote, and what 学会部 found. */
    String summary(ExitCase c) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("exit.indicators", c.getIndicators());
        sections.put("exit.extension", c.getExtensionReason());
        sections.put("exit.plan", c.getPlan());
        sections.put("exit.report", c.getReport());
        sections.put("exit.secondReport", c.getSecondReport());
        sections.put("exit.overdue", c.getOverdueNote());
        sections.put("exit.interviewMinutes", c.getInterviewMinutes());
        sections.put("exit.visitFindings", c.getVisitFindings());
        sections.put("exit.statement", c.isStatementWaived() ? texts.text("exit.waived") : c.getStatement());
        return sections.entrySet().stream().filter(s -> s.getValue() != null && !s.getValue().isBlank())
                .map(s -> texts.text("exit.summarySection", texts.text(s.getKey()), s.getValue().strip()))
                .collect(Collectors.joining("\n\n"));
    }

    private static String taskKeyOf(ExitCaseStatus status) {
        return switch (status) {
            case FIRST_PERIOD -> SUBMIT_RECTIFICATION;
            case SECOND_PERIOD -> SUBMIT_SECOND_RECTIFICATION;
            case STATEMENT -> SUBMIT_STATEMENT;
            default -> null;
        };
    }

    private static void requireText(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.putIfAbsent(field, "jakarta.validation.constraints.NotBlank.message");
        }
    }

    private static String actor(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? "system" : authentication.getUserId();
    }

    private static String link(ExitCase exitCase) {
        return "/" + TYPE.collection() + "/" + exitCase.getId();
    }
}
