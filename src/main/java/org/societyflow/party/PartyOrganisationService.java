package org.societyflow.party;

import static org.societyflow.shared.ProcessVariables.APPLICATION_ID;
import static org.societyflow.shared.ProcessVariables.APPLICATION_LINK;
import static org.societyflow.shared.ProcessVariables.SOCIETY_CODE;
import static org.societyflow.shared.ProcessVariables.SOCIETY_ID;
import static org.societyflow.shared.ProcessVariables.SOCIETY_NAME;
import static org.societyflow.shared.ProcessVariables.TITLE;

import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.Complete;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.ProcessVariables.Party;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyRegistered;
import org.societyflow.society.SocietyStatus;
import org.societyflow.workflow.ApplicationSupport;
import org.societyflow.workflow.ApplicationType;
import org.societyflow.workflow.SocietyApplicationLifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 学会党建 (docs/RULES.md, G): the party organisation register and the reports that change it, the steps of
 * {@code party-organisation-change.bpmn} (as {@code partyOrganisationService}). A society reports; the party
 * committee reviews and may assign a 党建工作指导员; the register changes only in {@link #apply}.
 */
@Service("partyOrganisationService")
@Transactional
public class PartyOrganisationService extends SocietyApplicationLifecycle<PartyOrganisationChange> {

    static final ApplicationType TYPE = new ApplicationType("party-organisation-change", "DJ", "partyChange",
            "party-changes", "party-organisation-change", PartyReportForm.PartyAttachmentKind.class);
    static final String SUBMIT_REPORT = "SubmitReport";

    private final PartyOrganisationChangeRepository changes;
    private final PartyOrganisationRecordRepository register;
    private final ChineseTexts texts;
    private final int standaloneMinMembers;

    PartyOrganisationService(PartyOrganisationChangeRepository changes, PartyOrganisationRecordRepository register,
                             ApplicationSupport support, ChineseTexts texts,
                             @Value("${societyflow.party.standalone-min-members}") int standaloneMinMembers) {
        super(TYPE, changes, support);
        this.changes = changes;
        this.register = register;
        this.texts = texts;
        this.standaloneMinMembers = standaloneMinMembers;
    }

    /** A society reports a change of its own party organisation; one open report at a time. */
    public PartyOrganisationChange start(CurrentUser user) {
        if (!user.isSociety()) {
            throw new BusinessRuleException("party.societyOnly");
        }
        Society society = support.societies().getByCode(user.societyCode());
        if (society.getStatus() != SocietyStatus.ACTIVE && society.getStatus() != SocietyStatus.RECTIFYING) {
            throw new BusinessRuleException("society.notActive");
        }
        return startReport(society, null);
    }

    /** The 条例's duty: a newly registered society reports its party organisation within the configured period. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onRegistered(SocietyRegistered event) {
        startReport(support.societies().get(event.societyId()), PartyReportForm.PartyChangeKind.INITIAL);
    }

    private PartyOrganisationChange startReport(Society society, PartyReportForm.PartyChangeKind kind) {
        // one open report at a time: a second would overwrite what the first reports
        if (changes.existsBySocietyIdAndStatusIn(society.getId(), PartyOrganisationChange.PartyChangeStatus.OPEN)) {
            throw new BusinessRuleException("party.reportOpen");
        }
        Map<String, Object> variables = new HashMap<>(Map.ofEntries(SOCIETY_ID.entry(society.getId())));
        if (kind != null) {
            variables.put(Party.CHANGE_KIND.name(), kind.name());
        }
        return startProcess(EngineClock.today().getYear(), variables);
    }

    // ---- steps of party-organisation-change.bpmn ----

    /** The report starts from what the register holds, so the society edits only what changed. */
    public void open(DelegateExecution execution) {
        Society society = support.societies().get(SOCIETY_ID.of(execution));
        String kindName = Party.CHANGE_KIND.of(execution);
        PartyReportForm.PartyChangeKind kind = kindName == null ? null : PartyReportForm.PartyChangeKind.valueOf(kindName);
        Date due = support.deadlines().dueDate(kind == PartyReportForm.PartyChangeKind.INITIAL ? "party-first-report"
                : "party-report");
        PartyOrganisationChange change = new PartyOrganisationChange(execution.getProcessBusinessKey(),
                society.getId(), execution.getProcessInstanceId(), EngineClock.day(due), kind);
        register.findBySocietyId(society.getId()).ifPresent(r -> change.saveForm(prefilled(r, kind)));
        changes.save(change);
        APPLICATION_ID.set(execution, change.getId());
        SOCIETY_CODE.set(execution, society.getCode());
        SOCIETY_NAME.set(execution, society.getName());
        TITLE.set(execution, texts.text("party.processTitle", society.getName()));
        APPLICATION_LINK.set(execution, "/" + TYPE.collection() + "/" + change.getId());
        Party.REPORT_DUE.set(execution, due);
    }

    public void returnReport(DelegateExecution execution) {
        reopen(execution.getProcessBusinessKey(), SUBMIT_REPORT);
    }

    public void reject(DelegateExecution execution) {
        of(execution).decide(false);
    }

    /** The approved report becomes the register's line, with the instructor the committee assigned. */
    public void apply(DelegateExecution execution) {
        PartyOrganisationChange change = of(execution);
        PartyOrganisationRecord record = register.findBySocietyIdForUpdate(change.getSocietyId())
                .orElseGet(() -> new PartyOrganisationRecord(change.getSocietyId()));
        String before = record.getId() == null ? texts.text("party.summaryNone") : summary(record);
        record.apply(change.getForm(), Party.INSTRUCTOR.of(execution), change.getApplicationNo());
        register.save(record);
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        support.societies().recordPartyOrganisation(change.getSocietyId(), record.getOrganisationForm(), before,
                summary(record), change.getApplicationNo(), authentication == null ? null : authentication.getUserId());
        change.decide(true);
    }

    /**
     * Enters a society's line straight into the register, once (the demo data; the go-live import), without a
     * report; the society's form of organisation follows, with a change-log line on {@code basis} when it differed.
     */
    public void enterRegister(Long societyId, PartyReportForm form, String instructor, String basis, String by) {
        if (register.findBySocietyId(societyId).isPresent()) {
            return;
        }
        PartyOrganisationRecord record = new PartyOrganisationRecord(societyId);
        record.apply(form, instructor, null);
        register.save(record);
        if (support.societies().get(societyId).getPartyOrganisation() != record.getOrganisationForm()) {
            support.societies().recordPartyOrganisation(societyId, record.getOrganisationForm(),
                    texts.text("party.summaryNone"), summary(record), basis, by);
        }
    }

    // ---- what the society does ----

    @Transactional(readOnly = true)
    public List<PartyOrganisationChange> visibleTo(CurrentUser user) {
        return visibleTo(user, changes::findBySocietyIdOrderByIdDesc, changes::findAllByOrderByIdDesc);
    }

    public PartyOrganisationChange save(Long id, PartyReportForm form, CurrentUser user) {
        PartyOrganisationChange change = editable(id, user);
        validate(form, Default.class);
        change.saveForm(form);
        return change;
    }

    /** Submits the report ({@code form}, or the saved draft when null) after the rules of its kind. */
    public PartyOrganisationChange submit(Long id, PartyReportForm submitted, CurrentUser user) {
        PartyOrganisationChange change = editable(id, user);
        PartyReportForm form = submitted != null ? submitted : change.getForm();
        Map<String, String> errors = support.validator().violations(form, Default.class, Complete.class);
        errors.putAll(rules(form, register.findBySocietyId(change.getSocietyId())));
        FormValidator.throwIfAny(errors);
        return completeStep(change, SUBMIT_REPORT, user, () -> {
            change.saveForm(form);
            change.submit();
            return Map.ofEntries(Party.REPORT_SUMMARY.entry(reportSummary(form)));
        });
    }

    @Override
    protected PartyOrganisationChange attachable(Long id, String kind, CurrentUser user) {
        return editable(id, user);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
        return SUBMIT_REPORT.equals(taskDefinitionKey) && changes.findByApplicationNo(businessKey)
                .map(c -> c.getStatus() == PartyOrganisationChange.PartyChangeStatus.SUBMITTED).orElse(false);
    }

    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        if (SUBMIT_REPORT.equals(taskDefinitionKey)) {
            byBusinessKey(businessKey).returnForCorrection();
        }
        return Map.of();
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        if (!SUBMIT_REPORT.equals(taskDefinitionKey)) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : List.of("organisationForm", "setUpOn", "secretary", "partyMembers", "parentOrganisation",
                "description")) {
            fields.put(field, "party." + field);
        }
        fields.put("attachments", "attachment.title");
        return fields;
    }

    // ---- the register ----

    /** The societies whose register lines the user reads: staff every one under supervision, a society its own. */
    @Transactional(readOnly = true)
    public List<Society> registerVisibleTo(CurrentUser user) {
        return support.societies().visibleTo(user, id -> List.of(support.societies().get(id)),
                support.societies()::underSupervision);
    }

    /** The society of this code when the user may read its register line; "not found" otherwise. */
    @Transactional(readOnly = true)
    public Society readableSociety(String code, CurrentUser user) {
        if (!user.canAccessSociety(code)) {
            throw new NotFoundException("society", code);
        }
        return support.societies().getByCode(code);
    }

    @Transactional(readOnly = true)
    public Optional<PartyOrganisationRecord> record(Long societyId) {
        return register.findBySocietyId(societyId);
    }

    /** The coverage of the societies under supervision, for the staff's dashboard and export. */
    @Transactional(readOnly = true)
    public PartyCoverage coverage() {
        List<Society> societies = support.societies().underSupervision();
        return PartyCoverage.of(societies, records(societies.stream().map(Society::getId).toList()));
    }

    /** The register lines of these societies by society id; a society without one has no line. */
    @Transactional(readOnly = true)
    public Map<Long, PartyOrganisationRecord> records(List<Long> societyIds) {
        Map<Long, PartyOrganisationRecord> lines = new HashMap<>();
        register.findBySocietyIdIn(societyIds).forEach(r -> lines.put(r.getSocietyId(), r));
        return lines;
    }

    // ---- rules ----

    Map<String, String> rules(PartyReportForm form, Optional<PartyOrganisationRecord> registered) {
        Map<String, String> errors = new TreeMap<>();
        if (form.getChangeKind() == null || form.getOrganisationForm() == null) {
            return errors;
        }
        boolean dissolving = form.getChangeKind() == PartyReportForm.PartyChangeKind.DISSOLVED;
        if (dissolving && form.organised()) {
            errors.put("organisationForm", "party.dissolvedMeansNone");
        } else if (!dissolving && form.getChangeKind() != PartyReportForm.PartyChangeKind.INITIAL && !form.organised()) {
            errors.put("organisationForm", "party.formRequired");
        }
        if (dissolving && registered.map(r -> !r.organised()).orElse(true)) {
            errors.put("changeKind", "party.nothingToDissolve");
        }
        if (form.getPartyMembers() == null) {
            errors.put("partyMembers", "jakarta.validation.constraints.NotNull.message");
        }
        if (!form.organised()) {
            return errors;
        }
        if (form.getSetUpOn() == null) {
            errors.put("setUpOn", "jakarta.validation.constraints.NotNull.message");
        } else if (form.getSetUpOn().isAfter(EngineClock.today())) {
            errors.put("setUpOn", "party.dateInFuture");
        }
        if (form.getSecretary() == null || form.getSecretary().isBlank()) {
            errors.put("secretary", "jakarta.validation.constraints.NotBlank.message");
        } else if (form.getChangeKind() == PartyReportForm.PartyChangeKind.SECRETARY
                && registered.map(r -> form.getSecretary().equals(r.getSecretary())).orElse(false)) {
            errors.put("secretary", "party.secretaryUnchanged");
        }
        if (form.getOrganisationForm() == PartyOrganisation.STANDALONE && form.getPartyMembers() != null
                && form.getPartyMembers() < standaloneMinMembers) {
            errors.put("partyMembers", "party.tooFewForStandalone");
        }
        return errors;
    }

    // ---- texts ----

    private String summary(PartyOrganisationRecord record) {
        return texts.text(record.organised() ? "party.summary" : "party.summaryUnorganised",
                texts.of(record.getOrganisationForm()), blank(record.getSecretary()), blank(record.getPartyMembers()),
                texts.text(record.isWorkGroup() ? "party.summaryWorkGroup" : "party.summaryNoWorkGroup"));
    }

    private String reportSummary(PartyReportForm form) {
        return texts.text("party.reportSummary", texts.of(form.getChangeKind()), texts.of(form.getOrganisationForm()),
                blank(form.getSetUpOn()), blank(form.getSecretary()), blank(form.getPartyMembers()),
                texts.text(Boolean.TRUE.equals(form.getWorkGroup()) ? "party.summaryWorkGroup" : "party.summaryNoWorkGroup"),
                blank(form.getParentOrganisation()), form.getDescription());
    }

    private static Object blank(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value;
    }

    private static PartyReportForm prefilled(PartyOrganisationRecord record, PartyReportForm.PartyChangeKind kind) {
        PartyReportForm form = new PartyReportForm();
        form.setChangeKind(kind);
        form.setOrganisationForm(record.getOrganisationForm());
        form.setSetUpOn(record.getSetUpOn());
        form.setSecretary(record.getSecretary());
        form.setPartyMembers(record.getPartyMembers());
        form.setWorkGroup(record.isWorkGroup());
        form.setParentOrganisation(record.getParentOrganisation());
        return form;
    }

    private PartyOrganisationChange editable(Long id, CurrentUser user) {
        return ownWhile(id, user, c -> c.getStatus().editable(), "party.notEditable");
    }
}
