package org.societyflow.founding;

import static org.societyflow.shared.ProcessVariables.APPLICANT;
import static org.societyflow.shared.ProcessVariables.APPLICATION_ID;
import static org.societyflow.shared.ProcessVariables.APPLICATION_LINK;
import static org.societyflow.shared.ProcessVariables.Founding.APPLICATION_DUE;
import static org.societyflow.shared.ProcessVariables.Founding.CHECK_SUMMARY;
import static org.societyflow.shared.ProcessVariables.Founding.CREDIT_CODE;
import static org.societyflow.shared.ProcessVariables.Founding.EXTENDED;
import static org.societyflow.shared.ProcessVariables.Founding.PREPARATION_DUE;
import static org.societyflow.shared.ProcessVariables.Founding.REGISTERED_ON;
import static org.societyflow.shared.ProcessVariables.SOCIETY_CODE;
import static org.societyflow.shared.ProcessVariables.SOCIETY_NAME;
import static org.societyflow.shared.ProcessVariables.TITLE;

import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.identity.SocietyAccounts;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.Complete;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormPages;
import org.societyflow.shared.FormValidator;
import org.societyflow.society.CreditCode;
import org.societyflow.society.Officer;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.workflow.ApplicationLifecycle;
import org.societyflow.workflow.ApplicationSupport;
import org.societyflow.workflow.ApplicationType;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 学会成立 (docs/RULES.md, 成立): the steps of {@code society-founding.bpmn} (as {@code foundingService}) and what the
 * applicant does in the portal and the API. The application is the applicant's own, not a society's: there is none
 * yet. The society enters the register in {@link #approve} (筹备中) and becomes active in {@link #register}.
 */
@Service("foundingService")
@Transactional
public class FoundingService extends ApplicationLifecycle<FoundingApplication> {

    static final String SUBMIT_APPLICATION = "SubmitApplication";
    private static final ApplicationType TYPE = new ApplicationType("society-founding", "CL", "founding", "foundings",
            "society-founding", FoundingAttachmentKind.class);

    private final FoundingApplicationRepository applications;
    private final FoundingChecks checks;
    private final FoundingSettings settings;
    private final SocietyAccounts accounts;
    private final ChineseTexts texts;

    FoundingService(FoundingApplicationRepository applications, ApplicationSupport support, FoundingChecks checks,
                    FoundingSettings settings, SocietyAccounts accounts, ChineseTexts texts) {
        super(TYPE, applications, support);
        this.applications = applications;
        this.checks = checks;
        this.settings = settings;
        this.accounts = accounts;
        this.texts = texts;
    }

    // ---- who reads and who owns ----

    /** The 科协's departments, and the experts who give their opinion on the necessity of every new society. */
    @Override
    protected boolean mayRead(FoundingApplication application, CurrentUser user) {
        return mayReadAll(user) || owns(application, user);
    }

    @Override
    protected boolean owns(FoundingApplication application, CurrentUser user) {
        return application.getApplicantUserId().equals(user.userId());
    }

    @Override
    protected Optional<Task> openStep(FoundingApplication application, String taskDefinitionKey, CurrentUser user) {
        return support.tasks().openTaskOf(application.getApplicationNo(), taskDefinitionKey, user.userId());
    }

    /** Documents are filed under no society: there is none before 民政局 registers it. */
    @Override
    protected Long societyIdOf(FoundingApplication application) {
        return null;
    }

    private static boolean mayReadAll(CurrentUser user) {
        return user.isStaff() || user.isExpert();
    }

    /**
     * An initiator opens an application, one open at a time. The wait after a lapsed application binds its initiators,
     * whoever's account they apply from: it is checked when the application names them ({@link FoundingChecks}).
     */
    public FoundingApplication start(CurrentUser user) {
        if (!user.isIn(Groups.APPLICANTS)) {
            throw new BusinessRuleException("founding.applicantsOnly");
        }
        if (applications.findByApplicantUserIdOrderByIdDesc(user.userId()).stream().anyMatch(a -> a.getStatus().open())) {
            throw new BusinessRuleException("founding.alreadyOpen");
        }
        return startProcess(EngineClock.today().getYear(), Map.ofEntries(APPLICANT.entry(user.userId())));
    }

    // ---- steps of society-founding.bpmn ----

    public void open(DelegateExecution execution) {
        FoundingApplication application = applications.save(new FoundingApplication(execution.getProcessBusinessKey(),
                APPLICANT.of(execution), execution.getProcessInstanceId()));
        Date due = support.deadlines().dueDate("founding-application");
        application.due(EngineClock.day(due));
        APPLICATION_ID.set(execution, application.getId());
        APPLICATION_DUE.set(execution, due);
        TITLE.set(execution, texts.text("founding.process.draftTitle"));
        APPLICATION_LINK.set(execution, "/" + TYPE.collection() + "/" + application.getId());
    }

    /** The findings every reviewer reads, from the application as submitted. */
    public void check(DelegateExecution execution) {
        FoundingApplication application = of(execution);
        FoundingChecks.Findings findings = checks.findings(application.getForm(), EngineClock.today());
        application.checked(findings.summary(), findings.clean());
        CHECK_SUMMARY.set(execution, findings.summary());
        SOCIETY_NAME.set(execution, application.getForm().getProposedName());
        TITLE.set(execution, texts.text("founding.process.title", application.getForm().getProposedName()));
    }

    public void returnApplication(DelegateExecution execution) {
        execution.setVariables(reopen(execution.getProcessBusinessKey(), SUBMIT_APPLICATION));
    }

    public void reject(DelegateExecution execution) {
        of(execution).reject();
    }

    public void lapse(DelegateExecution execution) {
        of(execution).lapse();
    }

    /** The 科协 consents to 筹备: the society enters the register as 筹备中, with its 6-month deadline. */
    public void approve(DelegateExecution execution) {
        FoundingApplication application = of(execution);
        FoundingForm form = application.getForm();
        Society society = new Society(form.getProposedCode(), form.getProposedName(), form.getDiscipline(),
                SupervisionMode.SUPERVISED, SocietyStatus.PREPARING, form.getPartyOrganisation())
                .registered(null, null, form.getEnglishName(), form.getBusinessScope(), form.getAddress(),
                        form.getContactPhone())
                .members(form.getMembersIndividual(), form.getMembersUnit())
                .funds(form.getFunds(), settings.getSupervisingUnit(), null);
        society = support.societies().register(society,
                texts.text("founding.log.consented", application.getApplicationNo()), actor(execution));
        Date due = support.deadlines().dueDate("founding-preparation");
        application.approve(society.getId(), EngineClock.today(), EngineClock.day(due));
        SOCIETY_CODE.set(execution, society.getCode());
        SOCIETY_NAME.set(execution, society.getName());
        PREPARATION_DUE.set(execution, due);
    }

    /** The one extension of 筹备 the city allows. */
    public void extendPreparation(DelegateExecution execution) {
        FoundingApplication application = of(execution);
        if (application.isExtended()) {
            throw new FormFieldValidationException("decision", "筹备期只能延长一次 (the preparation period was extended already)");
        }
        Date due = support.deadlines().after(PREPARATION_DUE.of(execution), "founding-preparation-extension");
        application.extendPreparation(EngineClock.day(due));
        PREPARATION_DUE.set(execution, due);
        EXTENDED.set(execution, true);
    }

    /** 民政局 registered the society: credit code, first term, officers; the initiator's account becomes the society's. */
    public void register(DelegateExecution execution) {
        FoundingApplication application = of(execution);
        String creditCode = String.valueOf(CREDIT_CODE.of(execution)).strip().toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(creditCode)) {
            throw new FormFieldValidationException("creditCode", "统一社会信用代码无效 (invalid unified social credit code)");
        }
        if (support.societies().creditCodeTaken(creditCode)) {
            throw new FormFieldValidationException("creditCode", "该统一社会信用代码已属于其他学会 (credit code already registered)");
        }
        LocalDate registeredOn = registeredOn(execution);
        if (registeredOn.isAfter(EngineClock.today()) || registeredOn.isBefore(application.getConsentIssuedOn())) {
            throw new FormFieldValidationException("registeredOn", "登记日期须在同意筹备之后、今天之前 (registration date out of range)");
        }
        List<Officer> officers = application.getForm().getOfficers().stream()
                .map(o -> new Officer(o.getRole(), o.getName().strip(), o.getBirthDate(),
                        Boolean.TRUE.equals(o.getLegalRepresentative()), Boolean.TRUE.equals(o.getFullTime()), 1))
                .toList();
        support.societies().completeRegistration(application.getSocietyId(), creditCode, registeredOn,
                registeredOn.plus(settings.getFirstTerm()).minusDays(1), officers,
                texts.text("founding.log.registered", application.getApplicationNo()), actor(execution));
        Society society = support.societies().get(application.getSocietyId());
        accounts.open(society.getCode(), society.getName(), application.getApplicantUserId());
        application.registered(creditCode, registeredOn);
    }

    /** 筹备 ended without registration: the case closes and the society leaves the register. */
    public void lapsePreparation(DelegateExecution execution) {
        FoundingApplication application = of(execution);
        application.preparationLapsed();
        support.societies().changeStatus(application.getSocietyId(), SocietyStatus.EXITED,
                texts.text("founding.log.preparationLapsed", application.getApplicationNo()), actor(execution));
    }

    // ---- what the applicant does ----

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

    public FoundingApplication save(Long id, FoundingForm form, CurrentUser user) {
        FoundingApplication application = editable(id, user);
        form.dropBlankRows();
        validate(form, Default.class);
        application.saveForm(form);
        return application;
    }

    /** Submits the application ({@code form}, or the saved draft when null) after the 条例's checks. */
    public FoundingApplication submit(Long id, FoundingForm submitted, CurrentUser user) {
        FoundingApplication application = editable(id, user);
        FoundingForm form = submitted != null ? submitted : application.getForm();
        form.dropBlankRows();
        Map<String, String> errors = support.validator().violations(form, Default.class, Complete.class);
        if (errors.isEmpty()) {
            errors.putAll(checks.refusals(form, applications.findByStatusInAndIdNot(FoundingStatus.OPEN, id),
                    applications.lapsedInitiatorsSince(FoundingStatus.LAPSED_ONES,
                            EngineClock.startOf(EngineClock.today().minus(settings.getReapplyAfter())).toInstant())));
        }
        if (!hasDocuments(application, FoundingAttachmentKind.REQUIRED)) {
            errors.put(FormPages.ATTACHMENTS, "founding.attachmentsMissing");
        }
        FormValidator.throwIfAny(errors);
        return completeStep(application, SUBMIT_APPLICATION, user, () -> {
            application.saveForm(form);
            application.submit();
        });
    }

    /** Whether the user may change the application now: their own, and a draft or returned to them. */
    public boolean editableBy(FoundingApplication application, CurrentUser user) {
        return owns(application, user) && application.getStatus().editable();
    }

    @Override
    protected FoundingApplication attachable(Long id, String kind, CurrentUser user) {
        return editable(id, user);
    }

    private FoundingApplication editable(Long id, CurrentUser user) {
        return ownWhile(id, user, a -> a.getStatus().editable(), "founding.notEditable");
    }

    // ---- what the approval operations ask ----

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
        Date due = support.deadlines().dueDate("founding-resubmission");
        byBusinessKey(businessKey).returnForCorrection(EngineClock.day(due));
        return Map.ofEntries(APPLICATION_DUE.entry(due));
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

    private static String actor(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? "system" : authentication.getUserId();
    }

    /** Tasklist's date field submits text (yyyy-MM-dd…), the REST API may send a Date. */
    private static LocalDate registeredOn(DelegateExecution execution) {
        Object value = REGISTERED_ON.of(execution);
        if (value instanceof Date date) {
            return EngineClock.day(date);
        }
        String text = String.valueOf(value);
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new FormFieldValidationException("registeredOn", "请填写登记日期 (registration date required)");
        }
    }
}
