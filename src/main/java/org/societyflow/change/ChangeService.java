package org.societyflow.change;

import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
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
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.Complete;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.society.Candidate;
import org.societyflow.society.CandidateEligibility;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRules;
import org.societyflow.society.RegisteredField;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyRules;
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
 * One society's 变更 (DOMAIN.md D): the steps of {@code society-change.bpmn} (as {@code changeService}) and
 * what the society does in the portal and the API. The register changes only in {@link #apply}.
 */
@Service("changeService")
@Transactional
public class ChangeService implements SubmissionCheck, ApplicationDocuments {

    static final String PROCESS_KEY = "society-change";
    static final String SUBMIT_REQUEST = "SubmitRequest";
    static final String RECORD_FILING = "RecordFiling";
    static final String ATTACHMENT_OWNER = "society-change";

    private final ChangeRequestRepository changes;
    private final SocietyService societies;
    private final SocietyTaskService societyTasks;
    private final ProcessStarter processStarter;
    private final ChangeReviewRouting routing;
    private final CandidateEligibility eligibility;
    private final AttachmentService attachments;
    private final Deadlines deadlines;
    private final FormValidator validator;
    private final SocietyRules societyRules;

    ChangeService(ChangeRequestRepository changes, SocietyService societies, SocietyTaskService societyTasks,
                  ProcessStarter processStarter, ChangeReviewRouting routing, CandidateEligibility eligibility,
                  AttachmentService attachments, Deadlines deadlines, FormValidator validator,
                  SocietyRules rules) {
        this.changes = changes;
        this.societies = societies;
        this.societyTasks = societyTasks;
        this.processStarter = processStarter;
        this.routing = routing;
        this.eligibility = eligibility;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.validator = validator;
        this.societyRules = rules;
    }

    /** A society opens a 变更 request for itself. */
    public ChangeRequest start(CurrentUser user) {
        if (!user.isSociety()) {
            throw new BusinessRuleException("change.societyOnly");
        }
        Society society = societies.getByCode(user.societyCode());
        if (society.getSupervisionMode() != SupervisionMode.SUPERVISED) {
            throw new BusinessRuleException("society.notSupervised");
        }
        if (society.getStatus() != SocietyStatus.ACTIVE && society.getStatus() != SocietyStatus.RECTIFYING) {
            throw new BusinessRuleException("society.notActive");
        }
        String applicationNo = processStarter.start(PROCESS_KEY, "BG", today().getYear(),
                Map.of("societyId", society.getId()));
        return changes.findByApplicationNo(applicationNo).orElseThrow();
    }

    // ---- steps of society-change.bpmn ----

    public void open(DelegateExecution execution) {
        Society society = societies.get(((Number) execution.getVariable("societyId")).longValue());
        ChangeRequest change = changes.save(new ChangeRequest(execution.getProcessBusinessKey(), society.getId(),
                execution.getProcessInstanceId()));
        execution.setVariable("applicationId", change.getId());
        execution.setVariable("societyCode", society.getCode());
        execution.setVariable("societyName", society.getName());
        execution.setVariable("title", "变更登记 · " + society.getName());
        execution.setVariable("applicationLink", "/changes/" + change.getId());
    }

    /** Which reviews apply, eligibility flags of new officers, and the diff reviewers read. */
    public void route(DelegateExecution execution) {
        ChangeRequest change = byBusinessKey(execution);
        ChangeRequestForm form = change.getForm();
        ChangeReviewRouting.Route route = routing.route(form.getItems().stream().map(ChangeItem::getField).toList());
        int flagged = 0;
        if (route.eligibilityCheck()) {
            for (Candidate officer : form.getOfficers()) {
                List<String> reasons = eligibility.reasons(officer, today());
                officer.setFlags(reasons.isEmpty() ? null : String.join("；", reasons));
                flagged += reasons.isEmpty() ? 0 : 1;
            }
            flagged += newLegalRepresentativeFlags(change, form);
        }
        execution.setVariable("needsPartyReview", route.partyReview());
        execution.setVariable("needsLeadership", route.leadershipApproval());
        execution.setVariable("needsFiling", route.filing());
        execution.setVariable("flaggedCandidates", flagged);
        execution.setVariable("changeSummary", form.getItems().stream()
                .map(i -> label(i.getField()) + "：" + blankAsNone(i.getOldValue()) + " → " + newValueText(i, form))
                .collect(Collectors.joining("\n")));
    }

    /** A registered officer who becomes 法定代表人 (officers otherwise unchanged) runs through the same rules. */
    private int newLegalRepresentativeFlags(ChangeRequest change, ChangeRequestForm form) {
        if (change.concerns(RegisteredField.OFFICERS)) {
            return 0;
        }
        return form.getItems().stream().filter(i -> i.getField() == RegisteredField.LEGAL_REPRESENTATIVE)
                .flatMap(i -> societies.get(change.getSocietyId()).getOfficers().stream()
                        .filter(o -> o.getName().equals(i.getNewValue().strip())))
                .mapToInt(o -> eligibility.reasons(Candidate.of(o), today()).isEmpty() ? 0 : 1).sum();
    }

    public void returnRequest(DelegateExecution execution) {
        reopen(execution.getProcessBusinessKey(), SUBMIT_REQUEST);
    }

    public void reject(DelegateExecution execution) {
        byBusinessKey(execution).reject();
    }

    /** Applies every requested change to the register in this one transaction. */
    public void apply(DelegateExecution execution) {
        ChangeRequest change = byBusinessKey(execution);
        Map<RegisteredField, String> values = new EnumMap<>(RegisteredField.class);
        List<Officer> officers = null;
        for (ChangeItem item : change.getForm().getItems()) {
            if (item.getField() == RegisteredField.OFFICERS) {
                officers = change.getForm().getOfficers().stream().map(o -> new Officer(o.getRole(), o.getName().strip(),
                        o.getBirthDate(), o.getLegalRepresentative(), o.getFullTime(), o.getTermsServed() + 1)).toList();
            } else {
                values.put(item.getField(), item.getNewValue().strip());
            }
        }
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        societies.applyChanges(change.getSocietyId(), values, officers, change.getApplicationNo(),
                authentication == null ? null : authentication.getUserId());
        if (Boolean.TRUE.equals(execution.getVariable("needsFiling"))) {
            Date filingDue = deadlines.dueDate("change-filing");
            change.applied(filingDue.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
            execution.setVariable("filingDue", filingDue);
        } else {
            // officers only: 备案 with the 科协 is all there is, the change is done
            change.applied(null);
            change.filed();
        }
    }

    public void recordFiling(DelegateExecution execution) {
        byBusinessKey(execution).filed();
    }

    // ---- what the society does ----

    @Transactional(readOnly = true)
    public ChangeRequest get(Long id, CurrentUser user) {
        ChangeRequest change = changes.findById(id).orElseThrow(() -> new NotFoundException("change", id));
        if (!user.canAccessSociety(societies.get(change.getSocietyId()).getCode())) {
            throw new NotFoundException("change", id);
        }
        return change;
    }

    @Transactional(readOnly = true)
    public List<ChangeRequest> visibleTo(CurrentUser user) {
        return societies.visibleTo(user, changes::findBySocietyIdOrderByIdDesc, changes::findAllByOrderByIdDesc);
    }

    public ChangeRequest save(Long id, ChangeRequestForm form, CurrentUser user) {
        ChangeRequest change = editable(id, user);
        form.dropBlankRows();
        FormValidator.throwIfAny(validator.violations(form, Default.class));
        fillOldValues(form, societies.get(change.getSocietyId()));
        change.saveForm(form);
        return change;
    }

    /** Submits the request ({@code form}, or the saved draft when null) after checking it against the register. */
    public ChangeRequest submit(Long id, ChangeRequestForm submitted, CurrentUser user) {
        ChangeRequest change = editable(id, user);
        ChangeRequestForm form = submitted != null ? submitted : change.getForm();
        form.dropBlankRows();
        Society society = societies.get(change.getSocietyId());
        fillOldValues(form, society);
        Map<String, String> errors = validator.violations(form, Default.class, Complete.class);
        errors.putAll(rules(change, form, society));
        FormValidator.throwIfAny(errors);
        Task task = societyTasks.openTask(change.getApplicationNo(), SUBMIT_REQUEST, society.getCode())
                .orElseThrow(() -> new BusinessRuleException("task.notOpen"));
        change.saveForm(form);
        change.submit();
        societyTasks.complete(task, user.userId(), Map.of());
        return change;
    }

    public ChangeRequest saveFiling(Long id, ChangeFiling filing, CurrentUser user) {
        ChangeRequest change = filingOpen(id, user);
        FormValidator.throwIfAny(validator.violations(filing, Default.class));
        change.saveFiling(filing);
        return change;
    }

    public ChangeRequest submitFiling(Long id, ChangeFiling submitted, CurrentUser user) {
        ChangeRequest change = filingOpen(id, user);
        ChangeFiling filing = submitted != null ? submitted : change.getFiling();
        FormValidator.throwIfAny(validator.violations(filing, Default.class, Complete.class));
        Society society = societies.get(change.getSocietyId());
        Task task = societyTasks.openTask(change.getApplicationNo(), RECORD_FILING, society.getCode())
                .orElseThrow(() -> new BusinessRuleException("task.notOpen"));
        change.saveFiling(filing);
        change.filed();
        societyTasks.complete(task, user.userId(), Map.of());
        return change;
    }

    // ---- 材料 ----

    @Override
    public String collection() {
        return "changes";
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
        ChangeAttachmentKind kind = ApplicationDocuments.kind(ChangeAttachmentKind.class, kindName);
        ChangeRequest change = own(id, user);
        if (!change.getStatus().requestEditable() && change.getStatus() != ChangeStatus.APPROVED) {
            throw new BusinessRuleException("change.notEditable");
        }
        return attachments.store(ATTACHMENT_OWNER, change.getId(), change.getSocietyId(), kind.name(), file, user.userId());
    }

    @Override
    public void detach(Long id, Long attachmentId, CurrentUser user) {
        ChangeRequest change = editable(id, user);
        attachments.delete(attachments.get(ATTACHMENT_OWNER, change.getId(), attachmentId));
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
        ChangeStatus status = changes.findByApplicationNo(businessKey).map(ChangeRequest::getStatus).orElse(null);
        return switch (taskDefinitionKey) {
            case SUBMIT_REQUEST -> status == ChangeStatus.SUBMITTED;
            case RECORD_FILING -> status == ChangeStatus.FILED;
            default -> false;
        };
    }

    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        if (SUBMIT_REQUEST.equals(taskDefinitionKey)) {
            byBusinessKey(businessKey).returnForCorrection();
        }
        return Map.of();
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        if (!SUBMIT_REQUEST.equals(taskDefinitionKey)) {
            return Map.of();
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (RegisteredField field : RegisteredField.values()) {
            fields.put("items." + field.name(), "RegisteredField." + field.name());
        }
        fields.put("reason", "change.reason");
        fields.put("officers", "change.newOfficers");
        fields.put("attachments", "attachment.title");
        return fields;
    }

    // ---- rules against the register ----

    Map<String, String> rules(ChangeRequest change, ChangeRequestForm form, Society society) {
        Map<String, String> errors = new TreeMap<>();
        if (form.getItems().isEmpty()) {
            errors.put("items", "change.noItems");
            return errors;
        }
        Set<RegisteredField> seen = new HashSet<>();
        List<ChangeRequest> others = changes.findBySocietyIdOrderByIdDesc(society.getId()).stream()
                .filter(c -> !c.getId().equals(change.getId()) && c.getStatus().open()).toList();
        for (ChangeItem item : form.getItems()) {
            RegisteredField what = item.getField();
            // keyed by the item, not its position, so a client and the portal find it whatever the order
            String field = "items." + what.name();
            if (!seen.add(what)) {
                errors.putIfAbsent(field, "change.duplicateItem");
            } else if (others.stream().anyMatch(c -> c.concerns(what))) {
                errors.putIfAbsent(field, "change.itemAlreadyOpen");
            }
            if (what == RegisteredField.OFFICERS) {
                OfficerRules.check(form.getOfficers(), Candidate::getRole, Candidate::getLegalRepresentative, "officers",
                        errors);
                continue;
            }
            String value = item.getNewValue() == null ? "" : item.getNewValue().strip();
            if (value.isEmpty()) {
                errors.putIfAbsent(field, "jakarta.validation.constraints.NotBlank.message");
            } else if (value.equals(item.getOldValue())) {
                errors.putIfAbsent(field, "change.unchanged");
            } else {
                String problem = valueProblem(what, value, form, society);
                if (problem != null) {
                    errors.putIfAbsent(field, problem);
                }
            }
        }
        if (form.getItems().stream().anyMatch(i -> i.getField() == RegisteredField.OFFICERS) && form.getOfficers().isEmpty()) {
            errors.putIfAbsent("officers", "officers.incomplete");
        }
        if (change.concerns(RegisteredField.LEGAL_REPRESENTATIVE) || form.getItems().stream()
                .anyMatch(i -> i.getField() == RegisteredField.LEGAL_REPRESENTATIVE)) {
            boolean audited = attachments.of(ATTACHMENT_OWNER, change.getId()).stream()
                    .anyMatch(a -> ChangeAttachmentKind.DEPARTURE_AUDIT.name().equals(a.getKind()));
            if (!audited) {
                errors.put("attachments", "change.departureAuditMissing");
            }
        }
        return errors;
    }

    private String valueProblem(RegisteredField what, String value, ChangeRequestForm form, Society society) {
        return switch (what) {
            case NAME -> societyRules.reservedName(value) ? "rules.reservedName"
                    : societies.nameTaken(value, society.getId()) ? "change.nameTaken" : null;
            case FUNDS -> fundsProblem(value);
            case CHARTER -> dateProblem(value);
            case LEGAL_REPRESENTATIVE -> officerNames(form, society).contains(value) ? null : "change.notAnOfficer";
            default -> null;
        };
    }

    private String fundsProblem(String value) {
        try {
            return societyRules.enoughFunds(new BigDecimal(value)) ? null : "rules.fundsTooLow";
        } catch (NumberFormatException e) {
            return "typeMismatch.java.math.BigDecimal";
        }
    }

    private static String dateProblem(String value) {
        try {
            return LocalDate.parse(value).isAfter(today()) ? "change.dateInFuture" : null;
        } catch (java.time.format.DateTimeParseException e) {
            return "change.dateFormat";
        }
    }

    /** The officers after the change: the new ones when they change too, else the registered ones. */
    private static Set<String> officerNames(ChangeRequestForm form, Society society) {
        boolean newOfficers = form.getItems().stream().anyMatch(i -> i.getField() == RegisteredField.OFFICERS);
        return newOfficers ? form.getOfficers().stream().map(o -> o.getName().strip()).collect(Collectors.toSet())
                : society.getOfficers().stream().map(Officer::getName).collect(Collectors.toSet());
    }

    private static void fillOldValues(ChangeRequestForm form, Society society) {
        form.getItems().forEach(item -> item.setOldValue(item.getField().valueOf(society)));
    }

    private static String newValueText(ChangeItem item, ChangeRequestForm form) {
        if (item.getField() == RegisteredField.OFFICERS) {
            return form.getOfficers().stream().map(o -> o.getRole().chineseName() + " " + o.getName()
                    + (Boolean.TRUE.equals(o.getLegalRepresentative()) ? "（法定代表人）" : "")).collect(Collectors.joining("；"));
        }
        return item.getNewValue();
    }

    static String label(RegisteredField field) {
        return switch (field) {
            case NAME -> "名称";
            case ADDRESS -> "住所";
            case BUSINESS_SCOPE -> "业务范围";
            case CHARTER -> "章程（核准日期）";
            case LEGAL_REPRESENTATIVE -> "法定代表人";
            case OFFICERS -> "负责人";
            case FUNDS -> "注册资金（元）";
            case SUPERVISING_UNIT -> "业务主管单位";
        };
    }

    private static String blankAsNone(String value) {
        return value == null || value.isBlank() ? "（无）" : value;
    }

    private ChangeRequest editable(Long id, CurrentUser user) {
        ChangeRequest change = own(id, user);
        if (!change.getStatus().requestEditable()) {
            throw new BusinessRuleException("change.notEditable");
        }
        return change;
    }

    private ChangeRequest filingOpen(Long id, CurrentUser user) {
        ChangeRequest change = own(id, user);
        if (change.getStatus() != ChangeStatus.APPROVED) {
            throw new BusinessRuleException("change.filingNotOpen");
        }
        return change;
    }

    private ChangeRequest own(Long id, CurrentUser user) {
        ChangeRequest change = changes.findForUpdate(id).orElseThrow(() -> new NotFoundException("change", id));
        if (!Objects.equals(societies.get(change.getSocietyId()).getCode(), user.societyCode())) {
            throw new NotFoundException("change", id);
        }
        return change;
    }

    private ChangeRequest byBusinessKey(DelegateExecution execution) {
        return byBusinessKey(execution.getProcessBusinessKey());
    }

    private ChangeRequest byBusinessKey(String key) {
        return changes.findByApplicationNo(key).orElseThrow(() -> new NotFoundException("change", key));
    }

    private static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
