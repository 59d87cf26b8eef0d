package org.societyflow.founding;

import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.document.ApplicationDocuments;
import org.societyflow.document.Attachment;
import org.societyflow.document.AttachmentService;
import org.societyflow.document.AttachmentShelf;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.identity.SocietyAccounts;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.Complete;
import org.societyflow.shared.FormPages;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.society.CreditCode;
import org.societyflow.society.Officer;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.workflow.Deadlines;
import org.societyflow.workflow.ProcessStarter;
import org.societyflow.workflow.SocietyTaskService;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 学会成立 (docs/RULES.md, 成立): the steps of {@code society-founding.bpmn} (as {@code foundingService}) and what the
 * applicant does in the portal and the API. The society enters the register in {@link #approve} (筹备中) and
 * becomes active in {@link #register}.
 */
@Service("foundingService")
@Transactional
public class FoundingService implements SubmissionCheck, ApplicationDocuments {

    static final String PROCESS_KEY = "society-founding";
    static final String SUBMIT_APPLICATION = "SubmitApplication";
    static final String ATTACHMENT_OWNER = "society-founding";

    private final FoundingApplicationRepository applications;
    private final FoundingChecks checks;
    private final FoundingSettings settings;
    private final SocietyService societies;
    private final SocietyAccounts accounts;
    private final SocietyTaskService tasks;
    private final ProcessStarter processStarter;
    private final AttachmentService attachments;
    private final Deadlines deadlines;
    private final FormValidator validator;

    FoundingService(FoundingApplicationRepository applications, FoundingChecks checks, FoundingSettings settings,
                    SocietyService societies, SocietyAccounts accounts, SocietyTaskService tasks,
                    ProcessStarter processStarter, AttachmentService attachments, Deadlines deadlines,
                    FormValidator validator) {
        this.applications = applications;
        this.checks = checks;
        this.settings = settings;
        this.societies = societies;
        this.accounts = accounts;
        this.tasks = tasks;
        this.processStarter = processStarter;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.validator = validator;
    }

    /** An initiator opens an application: one open at a time, and not within a year of one that lapsed. */
    public FoundingApplication start(CurrentUser user) {
        if (!user.isIn(Groups.APPLICANTS)) {
            throw new BusinessRuleException("founding.applicantsOnly");
        }
        List<FoundingApplication> own = applications.findByApplicantUserIdOrderByIdDesc(user.userId());
        if (own.stream().anyMatch(a -> a.getStatus().open())) {
            throw new BusinessRuleException("founding.alreadyOpen");
        }
        LocalDate waitUntil = own.stream().filter(a -> a.getStatus().lapsed() && a.getClosedAt() != null)
                .map(a -> day(Date.from(a.getClosedAt())).plus(settings.getReapplyAfter()))
                .max(LocalDate::compareTo).orElse(null);
        if (waitUntil != null && today().isBefore(waitUntil)) {
            throw new BusinessRuleException("founding.waitBeforeReapplying", waitUntil);
        }
        String applicationNo = processStarter.start(PROCESS_KEY, "CL", today().getYear(),
                Map.of("applicant", user.userId()));
        return applications.findByApplicationNo(applicationNo).orElseThrow();
    }

    // ---- steps of society-founding.bpmn ----

    public void open(DelegateExecution execution) {
        FoundingApplication application = applications.save(new FoundingApplication(execution.getProcessBusinessKey(),
                (String) execution.getVariable("applicant"), execution.getProcessInstanceId()));
        Date due = deadlines.dueDate("founding-application");
        application.due(day(due));
        execution.setVariable("applicationId", application.getId());
        execution.setVariable("applicationDue", due);
        execution.setVariable("title", "学会成立申请（填写中）");
        execution.setVariable("applicationLink", "/foundings/" + application.getId());
    }

    /** The findings every reviewer reads, from the application as submitted. */
    public void check(DelegateExecution execution) {
        FoundingApplication application = byBusinessKey(execution);
        FoundingChecks.Findings findings = checks.findings(application.getForm(), today());
        application.checked(findings.summary(), findings.clean());
        execution.setVariable("checkSummary", findings.summary());
        execution.setVariable("societyName", application.getForm().getProposedName());
        execution.setVariable("title", "学会成立申请 · " + application.getForm().getProposedName());
    }

    public void returnApplication(DelegateExecution execution) {
        execution.setVariables(reopen(execution.getProcessBusinessKey(), SUBMIT_APPLICATION));
    }

    public void reject(DelegateExecution execution) {
        byBusinessKey(execution).reject();
    }

    public void lapse(DelegateExecution execution) {
        byBusinessKey(execution).lapse();
    }

    /** The 科协 consents to 筹备: the society enters the register as 筹备中, with its 6-month deadline. */
    public void approve(DelegateExecution execution) {
        FoundingApplication application = byBusinessKey(execution);
        FoundingForm form = application.getForm();
        Society society = new Society(form.getProposedCode(), form.getProposedName(), form.getDiscipline(),
                SupervisionMode.SUPERVISED, SocietyStatus.PREPARING, form.getPartyOrganisation())
                .registered(null, null, form.getEnglishName(), form.getBusinessScope(), form.getAddress(),
                        form.getContactPhone())
                .members(form.getMembersIndividual(), form.getMembersUnit())
                .funds(form.getFunds(), settings.getSupervisingUnit(), null);
        society = societies.register(society, "科协同意筹备（" + application.getApplicationNo() + "）", actor(execution));
        Date due = deadlines.dueDate("founding-preparation");
        application.approve(society.getId(), today(), day(due));
        execution.setVariable("societyCode", society.getCode());
        execution.setVariable("societyName", society.getName());
        execution.setVariable("preparationDue", due);
    }

    /** The one extension of 筹备 the city allows. */
    public void extendPreparation(DelegateExecution execution) {
        FoundingApplication application = byBusinessKey(execution);
        if (application.isExtended()) {
            throw new FormFieldValidationException("decision", "筹备期只能延长一次 (the preparation period was extended already)");
        }
        Date due = deadlines.after((Date) execution.getVariable("preparationDue"), "founding-preparation-extension");
        application.extendPreparation(day(due));
        execution.setVariable("preparationDue", due);
        execution.setVariable("extended", true);
    }

    /** 民政局 registered the society: credit code, first term, officers; the initiator's account becomes the society's. */
    public void register(DelegateExecution execution) {
        FoundingApplication application = byBusinessKey(execution);
        String creditCode = String.valueOf(execution.getVariable("creditCode")).strip().toUpperCase(java.util.Locale.ROOT);
        if (!CreditCode.isValid(creditCode)) {
            throw new FormFieldValidationException("creditCode", "统一社会信用代码无效 (invalid unified social credit code)");
        }
        if (societies.creditCodeTaken(creditCode)) {
            throw new FormFieldValidationException("creditCode", "该统一社会信用代码已属于其他学会 (credit code already registered)");
        }
        LocalDate registeredOn = registeredOn(execution.getVariable("registeredOn"));
        if (registeredOn.isAfter(today()) || registeredOn.isBefore(application.getConsentIssuedOn())) {
            throw new FormFieldValidationException("registeredOn", "登记日期须在同意筹备之后、今天之前 (registration date out of range)");
        }
        List<Officer> officers = application.getForm().getOfficers().stream()
                .map(o -> new Officer(o.getRole(), o.getName().strip(), o.getBirthDate(),
                        Boolean.TRUE.equals(o.getLegalRepresentative()), Boolean.TRUE.equals(o.getFullTime()), 1))
                .toList();
        societies.completeRegistration(application.getSocietyId(), creditCode, registeredOn,
                registeredOn.plus(settings.getFirstTerm()).minusDays(1), officers,
                "民政局准予登记（" + application.getApplicationNo() + "）", actor(execution));
        Society society = societies.get(application.getSocietyId());
        accounts.open(society.getCode(), society.getName(), application.getApplicantUserId());
        application.registered(creditCode, registeredOn);
    }

    /** 筹备 ended without registration: the case closes and the society leaves the register. */
    public void lapsePreparation(DelegateExecution execution) {
        FoundingApplication application = byBusinessKey(execution);
        application.preparationLapsed();
        societies.changeStatus(application.getSocietyId(), SocietyStatus.EXITED,
                "筹备期满未获登记（" + application.getApplicationNo() + "）", actor(execution));
    }

    // ---- what the applicant does ----

    @Transactional(readOnly = true)
    public FoundingApplication get(Long id, CurrentUser user) {
        FoundingApplication application = applications.findById(id).orElseThrow(() -> new NotFoundException("founding", id));
        if (!mayReadAll(user) && !application.getApplicantUserId().equals(user.userId())) {
            throw new NotFoundException("founding", id);
        }
        return application;
    }

    /** An application the 科协 has consented to, for its letter. */
    @Transactional(readOnly = true)
    public FoundingApplication consented(Long id, CurrentUser user) {
        FoundingApplication application = get(id, user);
        if (application.getConsentIssuedOn() == null) {
            throw new BusinessRuleException("founding.noConsentYet");
        }
        return application;
    }

    @Transactional(readOnly = true)
    public List<FoundingApplication> visibleTo(CurrentUser user) {
        return mayReadAll(user) ? applications.findAllByOrderByIdDesc()
                : applications.findByApplicantUserIdOrderByIdDesc(user.userId());
    }

    /** The 科协's departments, and the experts who give their opinion on the necessity of every new society. */
    private static boolean mayReadAll(CurrentUser user) {
        return user.isStaff() || user.isExpert();
    }

    public FoundingApplication save(Long id, FoundingForm form, CurrentUser user) {
        FoundingApplication application = editable(id, user);
        form.dropBlankRows();
        FormValidator.throwIfAny(validator.violations(form, Default.class));
        application.saveForm(form);
        return application;
    }

    /** Submits the application ({@code form}, or the saved draft when null) after the 条例's checks. */
    public FoundingApplication submit(Long id, FoundingForm submitted, CurrentUser user) {
        FoundingApplication application = editable(id, user);
        FoundingForm form = submitted != null ? submitted : application.getForm();
        form.dropBlankRows();
        Map<String, String> errors = validator.violations(form, Default.class, Complete.class);
        if (errors.isEmpty()) {
            List<FoundingApplication> others = applications.findAll().stream()
                    .filter(a -> !a.getId().equals(id) && a.getStatus().open()).toList();
            errors.putAll(checks.refusals(form, others));
        }
        List<String> kinds = attachments.of(ATTACHMENT_OWNER, application.getId()).stream().map(Attachment::getKind).toList();
        if (FoundingAttachmentKind.REQUIRED.stream().anyMatch(k -> !kinds.contains(k.name()))) {
            errors.put(FormPages.ATTACHMENTS, "founding.attachmentsMissing");
        }
        FormValidator.throwIfAny(errors);
        Task task = tasks.openTaskOf(application.getApplicationNo(), SUBMIT_APPLICATION, user.userId())
                .orElseThrow(() -> new BusinessRuleException("task.notOpen"));
        application.saveForm(form);
        application.submit();
        tasks.complete(task, user.userId(), Map.of());
        return application;
    }

    // ---- 材料 ----

    @Override
    public String collection() {
        return "foundings";
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
        FoundingAttachmentKind kind = ApplicationDocuments.kind(FoundingAttachmentKind.class, kindName);
        FoundingApplication application = editable(id, user);
        return attachments.store(ATTACHMENT_OWNER, application.getId(), null, kind.name(), file, user.userId());
    }

    @Override
    public void detach(Long id, Long attachmentId, CurrentUser user) {
        FoundingApplication application = editable(id, user);
        attachments.delete(attachments.get(ATTACHMENT_OWNER, application.getId(), attachmentId));
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
        return SUBMIT_APPLICATION.equals(taskDefinitionKey) && applications.findByApplicationNo(businessKey)
                .map(a -> a.getStatus() == FoundingStatus.SUBMITTED).orElse(false);
    }

    /** The applicant has 30 days to resubmit, however the application came back. */
    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        if (!SUBMIT_APPLICATION.equals(taskDefinitionKey)) {
            return Map.of();
        }
        Date due = deadlines.dueDate("founding-resubmission");
        byBusinessKey(businessKey).returnForCorrection(day(due));
        return Map.of("applicationDue", due);
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        if (!SUBMIT_APPLICATION.equals(taskDefinitionKey)) {
            return Map.of();
        }
        Map<String, String> fields = SubmissionCheck.labelled("founding.", "proposedName", "englishName", "proposedCode",
                "discipline", "businessScope", "sponsoringUnits", "address", "contactPhone", "membersIndividual",
                "membersUnit", "funds", "fundsSource", "premises", "fullTimeStaff", "partyOrganisation",
                "partyBuildingPlan", "necessity", "officers");
        fields.put("attachments", "attachment.title");
        return fields;
    }

    private FoundingApplication editable(Long id, CurrentUser user) {
        FoundingApplication application = applications.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("founding", id));
        if (!application.getApplicantUserId().equals(user.userId())) {
            throw new NotFoundException("founding", id);
        }
        if (!application.getStatus().editable()) {
            throw new BusinessRuleException("founding.notEditable");
        }
        return application;
    }

    private FoundingApplication byBusinessKey(DelegateExecution execution) {
        return byBusinessKey(execution.getProcessBusinessKey());
    }

    private FoundingApplication byBusinessKey(String key) {
        return applications.findByApplicationNo(key).orElseThrow(() -> new NotFoundException("founding", key));
    }

    private static String actor(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? "system" : authentication.getUserId();
    }

    /** Tasklist's date field submits text (yyyy-MM-dd…), the REST API may send a Date. */
    private static LocalDate registeredOn(Object value) {
        if (value instanceof Date date) {
            return day(date);
        }
        try {
            return LocalDate.parse(String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length())));
        } catch (java.time.format.DateTimeParseException e) {
            throw new FormFieldValidationException("registeredOn", "请填写登记日期 (registration date required)");
        }
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static LocalDate today() {
        return day(ClockUtil.getCurrentTime());
    }
}
