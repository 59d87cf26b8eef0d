package org.societyflow.change;

import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.Complete;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.society.Candidate;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerEligibility;
import org.societyflow.society.OfficerRules;
import org.societyflow.society.RegisteredField;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyRules;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.workflow.ApplicationSupport;
import org.societyflow.workflow.ApplicationType;
import org.societyflow.workflow.CaseEntry;
import org.societyflow.workflow.SocietyApplicationLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One society's 变更 (docs/RULES.md, 变更): the steps of {@code society-change.bpmn} (as {@code changeService}) and
 * what the society does in the portal and the API. The register changes only in {@link #apply}.
 */
@Service("changeService")
@Transactional
public class ChangeService extends SocietyApplicationLifecycle<ChangeRequest>
        implements CaseEntry<ChangeRequestForm> {

    static final ApplicationType TYPE = new ApplicationType("society-change", "BG", "change", "changes",
            "society-change", ChangeAttachmentKind.class);
    static final String SUBMIT_REQUEST = "SubmitRequest";
    static final String RECORD_FILING = "RecordFiling";
    static final String AFFAIRS_REVIEW = "AffairsReview";

    private final ChangeRequestRepository changes;
    private final ChangeReviewRouting routing;
    private final OfficerEligibility eligibility;
    private final SocietyRules societyRules;
    private final ChineseTexts texts;

    ChangeService(ChangeRequestRepository changes, ApplicationSupport support, ChangeReviewRouting routing,
                  OfficerEligibility eligibility, SocietyRules rules, ChineseTexts texts) {
        super(TYPE, changes, support);
        this.changes = changes;
        this.routing = routing;
        this.eligibility = eligibility;
        this.societyRules = rules;
        this.texts = texts;
    }

    /** A society opens a 变更 request for itself. */
    public ChangeRequest start(CurrentUser user) {
        if (!user.isSociety()) {
            throw new BusinessRuleException("change.societyOnly");
        }
        Society society = support.societies().getByCode(user.societyCode());
        if (society.getSupervisionMode() != SupervisionMode.SUPERVISED) {
            throw new BusinessRuleException("society.notSupervised");
        }
        if (society.getStatus() != SocietyStatus.ACTIVE && society.getStatus() != SocietyStatus.RECTIFYING) {
            throw new BusinessRuleException("society.notActive");
        }
        return startProcess(EngineClock.today().getYear(), Map.ofEntries(ProcessVariables.SOCIETY_ID.entry(society.getId())));
    }

    // ---- steps of society-change.bpmn ----

    public void open(DelegateExecution execution) {
        Society society = support.societies().get(ProcessVariables.SOCIETY_ID.of(execution));
        ChangeRequest change = changes.save(new ChangeRequest(execution.getProcessBusinessKey(), society.getId(),
                execution.getProcessInstanceId()));
        execution.setVariables(opened(change, society));
    }

    /** What every step after 登记变更申请 reads of the request (its row, link and title). */
    private Map<String, Object> opened(ChangeRequest change, Society society) {
        return Map.ofEntries(ProcessVariables.APPLICATION_ID.entry(change.getId()),
                ProcessVariables.SOCIETY_CODE.entry(society.getCode()),
                ProcessVariables.SOCIETY_NAME.entry(society.getName()),
                ProcessVariables.TITLE.entry(texts.text("change.processTitle", society.getName())),
                ProcessVariables.APPLICATION_LINK.entry("/" + TYPE.collection() + "/" + change.getId()));
    }

    /** Which reviews apply, eligibility flags of new officers, and the diff reviewers read. */
    public void route(DelegateExecution execution) {
        execution.setVariables(routed(of(execution)));
    }

    private Map<String, Object> routed(ChangeRequest change) {
        ChangeRequestForm form = change.getForm();
        ChangeReviewRouting.Route route = routing.route(form.getItems().stream().map(ChangeItem::getField).toList());
        int flagged = 0;
        if (route.eligibilityCheck()) {
            for (Candidate officer : form.getOfficers()) {
                List<String> reasons = eligibility.reasons(officer, EngineClock.today());
                officer.setFlags(reasons.isEmpty() ? null : String.join("；", reasons));
                flagged += reasons.isEmpty() ? 0 : 1;
            }
            flagged += newLegalRepresentativeFlags(change, form);
        }
        return Map.ofEntries(ProcessVariables.Change.NEEDS_PARTY_REVIEW.entry(route.partyReview()),
                ProcessVariables.Change.NEEDS_LEADERSHIP.entry(route.leadershipApproval()),
                ProcessVariables.Change.NEEDS_FILING.entry(route.filing()),
                ProcessVariables.Change.FLAGGED_CANDIDATES.entry(flagged),
                ProcessVariables.Change.CHANGE_SUMMARY.entry(form.getItems().stream()
                        .map(i -> texts.text("change.summaryLine", texts.of(i.getField()), blankAsNone(i.getOldValue()),
                                newValueText(i, form)))
                        .collect(Collectors.joining("\n"))));
    }

    /** A registered officer who becomes 法定代表人 (officers otherwise unchanged) runs through the same rules. */
    private int newLegalRepresentativeFlags(ChangeRequest change, ChangeRequestForm form) {
        if (change.concerns(RegisteredField.OFFICERS)) {
            return 0;
        }
        return form.getItems().stream().filter(i -> i.getField() == RegisteredField.LEGAL_REPRESENTATIVE)
                .flatMap(i -> support.societies().get(change.getSocietyId()).getOfficers().stream()
                        .filter(o -> o.getName().equals(i.getNewValue().strip())))
                .mapToInt(o -> eligibility.reasons(Candidate.of(o), EngineClock.today()).isEmpty() ? 0 : 1).sum();
    }

    public void returnRequest(DelegateExecution execution) {
        reopen(execution.getProcessBusinessKey(), SUBMIT_REQUEST);
    }

    public void reject(DelegateExecution execution) {
        of(execution).reject();
    }

    /** Applies every requested change to the register in this one transaction. */
    public void apply(DelegateExecution execution) {
        ChangeRequest change = of(execution);
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
        support.societies().applyChanges(change.getSocietyId(), values, officers, change.getApplicationNo(),
                authentication == null ? null : authentication.getUserId());
        if (Boolean.TRUE.equals(ProcessVariables.Change.NEEDS_FILING.of(execution))) {
            Date filingDue = support.deadlines().dueDate("change-filing");
            change.applied(EngineClock.day(filingDue));
            ProcessVariables.Change.FILING_DUE.set(execution, filingDue);
        } else {
            // officers only: 备案 with the 科协 is all there is, the change is done
            change.applied(null);
            change.filed();
        }
    }

    public void recordFiling(DelegateExecution execution) {
        of(execution).filed();
    }

    // ---- 迁入: a request already under review on paper enters at 学会部审核 ----

    @Override
    public List<String> entrySteps() {
        return List.of(AFFAIRS_REVIEW);
    }

    @Override
    public Class<ChangeRequestForm> dataType() {
        return ChangeRequestForm.class;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasOpenCase(Long societyId) {
        return changes.existsBySocietyIdAndStatusIn(societyId, ChangeStatus.openOnes());
    }

    /** The request as the society submitted it, checked as its submission is, routed as 确定审核路径 routes it. */
    @Override
    public Map<String, Object> enter(Society society, String stepId, ChangeRequestForm form, String applicationNo,
                                     String by) {
        ChangeRequest change = new ChangeRequest(applicationNo, society.getId(), null);
        form.dropBlankRows();
        fillOldValues(form, society);
        Map<String, String> errors = support.validator().violations(form, Default.class, Complete.class);
        errors.putAll(rules(change, form, society));
        org.societyflow.shared.FormValidator.throwIfAny(errors);
        change.saveForm(form);
        change.submit();
        Map<String, Object> variables = new LinkedHashMap<>(routed(change));
        variables.putAll(opened(changes.save(change), society));
        return variables;
    }

    @Override
    public void started(String applicationNo, String processInstanceId) {
        byBusinessKey(applicationNo).entered(processInstanceId);
    }

    // ---- what the society does ----

    @Transactional(readOnly = true)
    public List<ChangeRequest> visibleTo(CurrentUser user) {
        return visibleTo(user, changes::findBySocietyIdOrderByIdDesc, changes::findAllByOrderByIdDesc);
    }

    public ChangeRequest save(Long id, ChangeRequestForm form, CurrentUser user) {
        ChangeRequest change = requestEditable(id, user);
        form.dropBlankRows();
        validate(form, Default.class);
        fillOldValues(form, support.societies().get(change.getSocietyId()));
        change.saveForm(form);
        return change;
    }

    /** Submits the request ({@code form}, or the saved draft when null) after checking it against the register. */
    public ChangeRequest submit(Long id, ChangeRequestForm submitted, CurrentUser user) {
        ChangeRequest change = requestEditable(id, user);
        ChangeRequestForm form = submitted != null ? submitted : change.getForm();
        form.dropBlankRows();
        Society society = support.societies().get(change.getSocietyId());
        fillOldValues(form, society);
        Map<String, String> errors = support.validator().violations(form, Default.class, Complete.class);
        errors.putAll(rules(change, form, society));
        org.societyflow.shared.FormValidator.throwIfAny(errors);
        return completeStep(change, SUBMIT_REQUEST, user, () -> {
            change.saveForm(form);
            change.submit();
        });
    }

    public ChangeRequest saveFiling(Long id, ChangeFiling filing, CurrentUser user) {
        ChangeRequest change = filingOpen(id, user);
        validate(filing, Default.class);
        change.saveFiling(filing);
        return change;
    }

    public ChangeRequest submitFiling(Long id, ChangeFiling submitted, CurrentUser user) {
        ChangeRequest change = filingOpen(id, user);
        ChangeFiling filing = submitted != null ? submitted : change.getFiling();
        validate(filing, Default.class, Complete.class);
        return completeStep(change, RECORD_FILING, user, () -> {
            change.saveFiling(filing);
            change.filed();
        });
    }

    // ---- 材料: while the request is editable, and the 民政局's papers once it is approved ----

    @Override
    protected ChangeRequest attachable(Long id, String kind, CurrentUser user) {
        return ownWhile(id, user, c -> c.getStatus().requestEditable() || c.getStatus() == ChangeStatus.APPROVED,
                "change.notEditable");
    }

    @Override
    protected ChangeRequest detachable(Long id, CurrentUser user) {
        return requestEditable(id, user);
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
        Map<String, String> fields = new LinkedHashMap<>();
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
            boolean audited = hasDocuments(change, List.of(ChangeAttachmentKind.DEPARTURE_AUDIT));
            if (!audited) {
                errors.put("attachments", "change.departureAuditMissing");
            }
        }
        return errors;
    }

    private String valueProblem(RegisteredField what, String value, ChangeRequestForm form, Society society) {
        return switch (what) {
            case NAME -> societyRules.reservedName(value) ? "rules.reservedName"
                    : support.societies().nameTaken(value, society.getId()) ? "change.nameTaken" : null;
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
            return LocalDate.parse(value).isAfter(EngineClock.today()) ? "change.dateInFuture" : null;
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

    private String newValueText(ChangeItem item, ChangeRequestForm form) {
        if (item.getField() == RegisteredField.OFFICERS) {
            return form.getOfficers().stream().map(o -> texts.text(Boolean.TRUE.equals(o.getLegalRepresentative()) ? "change.summaryLegalOfficer" : "change.summaryOfficer",
                    texts.of(o.getRole()), o.getName())).collect(Collectors.joining("；"));
        }
        return item.getNewValue();
    }

    private String blankAsNone(String value) {
        return value == null || value.isBlank() ? texts.text("change.summaryNone") : value;
    }

    private ChangeRequest requestEditable(Long id, CurrentUser user) {
        return ownWhile(id, user, c -> c.getStatus().requestEditable(), "change.notEditable");
    }

    private ChangeRequest filingOpen(Long id, CurrentUser user) {
        return ownWhile(id, user, c -> c.getStatus() == ChangeStatus.APPROVED, "change.filingNotOpen");
    }
}
