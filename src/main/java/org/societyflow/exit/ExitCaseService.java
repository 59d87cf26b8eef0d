package org.societyflow.exit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.document.ApplicationDocuments;
import org.societyflow.document.Attachment;
import org.societyflow.document.AttachmentService;
import org.societyflow.document.AttachmentShelf;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.notification.NotificationService;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.workflow.Deadlines;
import org.societyflow.workflow.SocietyTaskService;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A 软弱涣散 case (docs/RULES.md, 软弱涣散): the steps of {@code weak-society-exit.bpmn} (as {@code exitCaseService}) and what
 * the society writes in the portal. The society's flag and status change only here, inside the process.
 */
@Service("exitCaseService")
@Transactional
public class ExitCaseService implements SubmissionCheck, ApplicationDocuments {

    static final String PROCESS_KEY = "weak-society-exit";
    static final String ATTACHMENT_OWNER = "weak-society-exit";
    static final String SUBMIT_RECTIFICATION = "SubmitRectification";
    static final String SUBMIT_SECOND_RECTIFICATION = "SubmitSecondRectification";
    static final String SUBMIT_STATEMENT = "SubmitStatement";

    private final ExitCaseRepository cases;
    private final ExitProposalRepository proposals;
    private final SocietyService societies;
    private final SocietyTaskService societyTasks;
    private final NotificationService notifications;
    private final AttachmentService attachments;
    private final Deadlines deadlines;
    private final FormValidator validator;

    ExitCaseService(ExitCaseRepository cases, ExitProposalRepository proposals, SocietyService societies,
                    SocietyTaskService societyTasks, NotificationService notifications, AttachmentService attachments,
                    Deadlines deadlines, FormValidator validator) {
        this.cases = cases;
        this.proposals = proposals;
        this.societies = societies;
        this.societyTasks = societyTasks;
        this.notifications = notifications;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.validator = validator;
    }

    // ---- steps of weak-society-exit.bpmn ----

    public void open(DelegateExecution execution) {
        Society society = societies.get(((Number) execution.getVariable("societyId")).longValue());
        ExitProposal proposal = proposals.findById(((Number) execution.getVariable("proposalId")).longValue())
                .orElseThrow();
        ExitCase exitCase = cases.save(new ExitCase(execution.getProcessBusinessKey(), society.getId(), proposal.getId(),
                execution.getProcessInstanceId(), proposal.getIndicators()));
        societies.flagWeak(society.getId(), true);
        execution.setVariable("applicationId", exitCase.getId());
        execution.setVariable("societyCode", society.getCode());
        execution.setVariable("societyName", society.getName());
        execution.setVariable("title", "软弱涣散整改 · " + society.getName());
        execution.setVariable("applicationLink", "/exit-cases/" + exitCase.getId());
        execution.setVariable("caseSummary", summary(exitCase));
    }

    /** 致函提醒: the letter, generated from the case, goes to the society with its rectification deadline. */
    public void sendReminderLetter(DelegateExecution execution) {
        ExitCase exitCase = byBusinessKey(execution);
        Society society = societies.get(exitCase.getSocietyId());
        Date due = deadlines.dueDate("exit-rectification");
        exitCase.letterSent(ReminderLetter.of(society, exitCase, today(), day(due)), today(), day(due));
        notifications.notifyGroup(Groups.ofSociety(society.getCode()),
                "致函提醒：请于 " + day(due) + " 前报送整改方案和整改报告", "/exit-cases/" + exitCase.getId());
        execution.setVariable("rectificationDue", due);
    }

    public void recordOverdue(DelegateExecution execution) {
        ExitCase exitCase = byBusinessKey(execution);
        exitCase.overdue("逾期未报送整改报告（截止 " + exitCase.getRectificationDue() + "）");
        execution.setVariable("caseSummary", summary(exitCase));
    }

    /** 约谈 done: its minutes, and the second rectification period. */
    public void recordInterview(DelegateExecution execution) {
        ExitCase exitCase = byBusinessKey(execution);
        Date due = deadlines.dueDate("exit-second-rectification");
        exitCase.interviewed((String) execution.getVariable("interviewMinutes"), day(due));
        execution.setVariable("rectificationDue", due);
        execution.setVariable("caseSummary", summary(exitCase));
    }

    public void recordVisit(DelegateExecution execution) {
        ExitCase exitCase = byBusinessKey(execution);
        exitCase.visited((String) execution.getVariable("visitFindings"));
        execution.setVariable("caseSummary", summary(exitCase));
    }

    /** The society may state its case once before leadership decides. */
    public void openStatement(DelegateExecution execution) {
        ExitCase exitCase = byBusinessKey(execution);
        Date due = deadlines.dueDate("exit-statement");
        exitCase.statementOpen(day(due));
        notifications.notifyGroup(Groups.ofSociety(societies.get(exitCase.getSocietyId()).getCode()),
                "学会部拟作出处理建议，您可于 " + day(due) + " 前提交申辩意见", "/exit-cases/" + exitCase.getId());
        execution.setVariable("statementDue", due);
    }

    public void restore(DelegateExecution execution) {
        ExitCase exitCase = byBusinessKey(execution);
        societies.flagWeak(exitCase.getSocietyId(), false);
        societies.changeStatus(exitCase.getSocietyId(), SocietyStatus.ACTIVE,
                "软弱涣散整改到位，恢复正常（" + exitCase.getApplicationNo() + "）", actor(execution));
        exitCase.restored();
    }

    /**
     * Exit: the society leaves the register's active ones, its other open applications are cancelled with the
     * reason in their history, and it can start no new one; its history stays readable.
     */
    public void exit(DelegateExecution execution) {
        ExitCase exitCase = byBusinessKey(execution);
        Object route = execution.getVariable("exitRoute");
        ExitRoute exitRoute = Arrays.stream(ExitRoute.values()).filter(r -> r.name().equals(route)).findFirst()
                .orElseThrow(() -> new FormFieldValidationException("exitRoute", "请选择退出方式 (choose how the society exits)"));
        Society society = societies.get(exitCase.getSocietyId());
        String reason = "软弱涣散退出（" + exitCase.getApplicationNo() + "）";
        societies.changeStatus(society.getId(), SocietyStatus.EXITED, reason, actor(execution));
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (ProcessInstance other : runtime.createProcessInstanceQuery()
                .variableValueEquals("societyCode", society.getCode()).list()) {
            // a 年检 called by a running campaign runs on to its deadline, or the campaign would wait for it forever
            boolean calledByAnother = runtime.createProcessInstanceQuery().subProcessInstanceId(other.getId()).count() > 0;
            if (!other.getId().equals(execution.getProcessInstanceId()) && !calledByAnother) {
                runtime.deleteProcessInstance(other.getId(), "学会已退出，事项终止：" + reason);
            }
        }
        exitCase.exited(exitRoute);
    }

    // ---- what the society does ----

    @Transactional(readOnly = true)
    public ExitCase get(Long id, CurrentUser user) {
        ExitCase exitCase = cases.findById(id).orElseThrow(() -> new NotFoundException("exitCase", id));
        if (!user.canAccessSociety(societies.get(exitCase.getSocietyId()).getCode())) {
            throw new NotFoundException("exitCase", id);
        }
        return exitCase;
    }

    @Transactional(readOnly = true)
    public List<ExitCase> visibleTo(CurrentUser user) {
        return societies.visibleTo(user, cases::findBySocietyIdOrderByIdDesc, cases::findAllByOrderByIdDesc);
    }

    /** Whether the society has something to write now (an open society task). */
    public boolean writable(ExitCase exitCase) {
        return taskKeyOf(exitCase.getStatus()) != null;
    }

    public ExitCase save(Long id, CaseSubmission submission, CurrentUser user) {
        ExitCase exitCase = writable(id, user);
        FormValidator.throwIfAny(validator.violations(submission));
        exitCase.write(submission);
        return exitCase;
    }

    public ExitCase submit(Long id, CaseSubmission submitted, CurrentUser user) {
        ExitCase exitCase = writable(id, user);
        CaseSubmission submission = submitted != null ? submitted : exitCase.draft();
        Map<String, String> errors = new TreeMap<>(validator.violations(submission));
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
        String code = societies.get(exitCase.getSocietyId()).getCode();
        Task task = societyTasks.openTask(exitCase.getApplicationNo(), taskKeyOf(exitCase.getStatus()), code)
                .orElseThrow(() -> new BusinessRuleException("task.notOpen"));
        exitCase.write(submission);
        exitCase.submitted();
        societyTasks.complete(task, user.userId(), Map.of("caseSummary", summary(exitCase)));
        return exitCase;
    }

    // ---- 材料 ----

    @Override
    public String collection() {
        return "exit-cases";
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
        ExitAttachmentKind kind = ApplicationDocuments.kind(ExitAttachmentKind.class, kindName);
        ExitCase exitCase = writable(id, user);
        return attachments.store(ATTACHMENT_OWNER, exitCase.getId(), exitCase.getSocietyId(), kind.name(), file,
                user.userId());
    }

    @Override
    public void detach(Long id, Long attachmentId, CurrentUser user) {
        ExitCase exitCase = writable(id, user);
        attachments.delete(attachments.get(ATTACHMENT_OWNER, exitCase.getId(), attachmentId));
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_KEY;
    }

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
            cases.findByApplicationNo(businessKey).orElseThrow().reopen(period);
        }
        return Map.of();
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        Map<String, String> fields = switch (taskDefinitionKey) {
            case SUBMIT_RECTIFICATION -> SubmissionCheck.labelled("exit.", "plan", "report");
            case SUBMIT_SECOND_RECTIFICATION -> SubmissionCheck.labelled("exit.second", "report");
            case SUBMIT_STATEMENT -> SubmissionCheck.labelled("exit.", "statement");
            default -> new java.util.LinkedHashMap<>();
        };
        if (!fields.isEmpty()) {
            fields.put("attachments", "attachment.title");
        }
        return fields;
    }

    /** What every reviewer reads: the indicators, what the society wrote, and what 学会部 found. */
    static String summary(ExitCase c) {
        StringBuilder text = new StringBuilder("识别指标：\n").append(c.getIndicators());
        append(text, "整改方案", c.getPlan());
        append(text, "整改报告", c.getReport());
        append(text, "第二期整改报告", c.getSecondReport());
        append(text, "逾期情况", c.getOverdueNote());
        append(text, "约谈纪要", c.getInterviewMinutes());
        append(text, "现场办公发现", c.getVisitFindings());
        append(text, "申辩意见", c.isStatementWaived() ? "学会放弃申辩" : c.getStatement());
        return text.toString();
    }

    private static void append(StringBuilder text, String heading, String value) {
        if (value != null && !value.isBlank()) {
            text.append("\n\n").append(heading).append("：\n").append(value.strip());
        }
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

    private ExitCase writable(Long id, CurrentUser user) {
        ExitCase exitCase = cases.findForUpdate(id).orElseThrow(() -> new NotFoundException("exitCase", id));
        if (!societies.get(exitCase.getSocietyId()).getCode().equals(user.societyCode())) {
            throw new NotFoundException("exitCase", id);
        }
        if (!writable(exitCase)) {
            throw new BusinessRuleException("exit.nothingToWrite");
        }
        return exitCase;
    }

    private ExitCase byBusinessKey(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        return cases.findByApplicationNo(key).orElseThrow(() -> new NotFoundException("exitCase", key));
    }

    private static String actor(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? "system" : authentication.getUserId();
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static LocalDate today() {
        return day(ClockUtil.getCurrentTime());
    }
}
