package org.societyflow.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.societyflow.document.ApplicationDocuments;
import org.societyflow.document.Attachment;
import org.societyflow.document.AttachmentService;
import org.societyflow.document.AttachmentShelf;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.shared.ProcessVariables.PartyExemplar;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.workflow.ProcessStarter;
import org.societyflow.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 党建典型 (docs/RULES.md, G): the party committee opens a yearly selection, societies nominate themselves while it
 * is open, and {@code party-exemplar-selection.bpmn} (as {@code partyExemplarService}) closes it, keeps the
 * committee's ranking, holds the 公示 with its objections and publishes the list. Nominations are records of their
 * selection, not processes: nobody reviews one alone, the committee ranks them all in one step. Their 材料 are served
 * by the document module under {@code /party-nominations/<id>/attachments}.
 */
@Service("partyExemplarService")
@Transactional
public class PartyExemplarService implements ApplicationDocuments {

    static final String PROCESS_KEY = "party-exemplar-selection";
    static final String OBJECTION_MESSAGE = "PartyExemplarObjection";
    static final String COLLECTION = "party-nominations";

    /** A published nomination with its selection, as the register shows it. */
    public record Exemplar(PartyNomination nomination, PartyExemplarSelection selection) {
    }

    private final PartyExemplarRepository selections;
    private final PartyNominationRepository nominations;
    private final SocietyService societies;
    private final ProcessStarter processStarter;
    private final RuntimeService runtimeService;
    private final WorkingDays workingDays;
    private final AttachmentService attachments;
    private final FormValidator validator;
    private final ChineseTexts texts;
    private final int defaultQuota;
    private final int defaultNoticeWorkingDays;

    PartyExemplarService(PartyExemplarRepository selections, PartyNominationRepository nominations,
                         SocietyService societies, ProcessStarter processStarter, RuntimeService runtimeService,
                         WorkingDays workingDays, AttachmentService attachments, FormValidator validator,
                         ChineseTexts texts, @Value("${societyflow.party.exemplar-quota}") int defaultQuota,
                         @Value("${societyflow.party.exemplar-notice-working-days}") int defaultNoticeWorkingDays) {
        this.selections = selections;
        this.nominations = nominations;
        this.societies = societies;
        this.processStarter = processStarter;
        this.runtimeService = runtimeService;
        this.workingDays = workingDays;
        this.attachments = attachments;
        this.validator = validator;
        this.texts = texts;
        this.defaultQuota = defaultQuota;
        this.defaultNoticeWorkingDays = defaultNoticeWorkingDays;
    }

    // ---- the party committee opens a selection; every user reads them ----

    @Transactional(readOnly = true)
    public List<PartyExemplarSelection> selections() {
        return selections.findAllByOrderByYearDescIdDesc();
    }

    @Transactional(readOnly = true)
    public PartyExemplarSelection selection(Long id) {
        return selections.findById(id).orElseThrow(() -> new NotFoundException("selection", id));
    }

    /** A new call with the configured defaults. */
    public PartyExemplarForm.Selection blankForm() {
        PartyExemplarForm.Selection form = new PartyExemplarForm.Selection();
        form.setYear(EngineClock.today().getYear());
        form.setQuota(defaultQuota);
        form.setNoticeWorkingDays(defaultNoticeWorkingDays);
        return form;
    }

    public static boolean opensSelections(CurrentUser user) {
        return user.isIn(Groups.PARTY_COMMITTEE);
    }

    /** The committee opens the call: its process starts, numbers it {@code DX-<year>-<seq>} and waits for the closing day. */
    public PartyExemplarSelection open(PartyExemplarForm.Selection form, CurrentUser user) {
        if (!opensSelections(user)) {
            throw new BusinessRuleException("partyExemplar.committeeOnly");
        }
        Map<String, String> errors = validator.violations(form);
        if (form.getClosesOn() != null && form.getClosesOn().isBefore(EngineClock.today())) {
            errors.putIfAbsent("closesOn", "partyExemplar.closesInPast");
        }
        FormValidator.throwIfAny(errors);
        PartyExemplarSelection selection = selections.save(new PartyExemplarSelection(form, user.userId()));
        processStarter.start(PROCESS_KEY, "DX", selection.getYear(), Map.ofEntries(
                PartyExemplar.SELECTION_ID.entry(selection.getId()),
                PartyExemplar.CLOSES_AT.entry(EngineClock.startOf(selection.getClosesOn().plusDays(1))),
                ProcessVariables.TITLE.entry(texts.text("partyExemplar.processTitle", selection.getTitle()))));
        return selection;
    }

    // ---- societies nominate themselves ----

    /**
     * The nominations of a selection the user reads: staff every one; a society its own, and everyone the ranked
     * ones from the 公示 on (the list on notice, then the published one). Ranked first, in their order.
     */
    @Transactional(readOnly = true)
    public List<PartyNomination> nominations(PartyExemplarSelection selection, CurrentUser user) {
        boolean listPublic = selection.getStatus() == PartyExemplarSelection.SelectionStatus.NOTICE
                || selection.getStatus() == PartyExemplarSelection.SelectionStatus.PUBLISHED;
        Long own = ownSocietyId(user);
        return nominations.findBySelectionIdOrderByIdAsc(selection.getId()).stream()
                .filter(n -> user.isStaff() || n.getSocietyId().equals(own) || listPublic && n.getRankingPosition() != null)
                .sorted(Comparator.comparing(PartyNomination::getRankingPosition,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public PartyNomination nominate(Long selectionId, PartyExemplarForm.Nomination form, CurrentUser user) {
        Society society = nominatingSociety(user);
        FormValidator.throwIfAny(validator.violations(form));
        PartyExemplarSelection selection = selections.findForUpdate(selectionId)
                .orElseThrow(() -> new NotFoundException("selection", selectionId));
        if (!selection.openForNominations()) {
            throw new BusinessRuleException("partyExemplar.closed");
        }
        if (nominations.existsBySelectionIdAndSocietyIdAndKind(selectionId, society.getId(), form.getKind())) {
            throw new BusinessRuleException("kind", "partyExemplar.alreadyNominated");
        }
        return nominations.save(new PartyNomination(selectionId, society.getId(), form));
    }

    /** A nomination its society or the 科协's staff read; "not found" to anyone else. */
    @Transactional(readOnly = true)
    public PartyNomination nomination(Long id, CurrentUser user) {
        PartyNomination nomination = nominations.findById(id).orElseThrow(() -> new NotFoundException("nomination", id));
        if (!user.isStaff() && !nomination.getSocietyId().equals(ownSocietyId(user))) {
            throw new NotFoundException("nomination", id);
        }
        return nomination;
    }

    /** The society rewrites its nomination while the selection is open; what is nominated stays. */
    public PartyNomination update(Long id, PartyExemplarForm.Nomination form, CurrentUser user) {
        PartyNomination nomination = editable(id, user);
        form.setKind(nomination.getKind());
        FormValidator.throwIfAny(validator.violations(form));
        nomination.update(form);
        return nomination;
    }

    private PartyNomination editable(Long id, CurrentUser user) {
        PartyNomination nomination = nomination(id, user);
        if (!nomination.getSocietyId().equals(ownSocietyId(user))) {
            throw new BusinessRuleException("partyExemplar.societyOnly");
        }
        if (!selection(nomination.getSelectionId()).openForNominations()) {
            throw new BusinessRuleException("partyExemplar.closed");
        }
        return nomination;
    }

    /** A society objects to the list during the 公示; the committee hears it before the list is published. */
    public PartyExemplarSelection object(Long selectionId, PartyExemplarForm.Objection form, CurrentUser user) {
        Society society = nominatingSociety(user);
        FormValidator.throwIfAny(validator.violations(form));
        PartyExemplarSelection selection = selections.findForUpdate(selectionId)
                .orElseThrow(() -> new NotFoundException("selection", selectionId));
        if (selection.getStatus() != PartyExemplarSelection.SelectionStatus.NOTICE) {
            throw new BusinessRuleException("partyExemplar.notInNotice");
        }
        String objection = texts.text("partyExemplar.objectionText", society.getName(), form.getReason().strip());
        try {
            runtimeService.createMessageCorrelation(OBJECTION_MESSAGE)
                    .processInstanceBusinessKey(selection.getApplicationNo())
                    .setVariable(PartyExemplar.OBJECTION.name(), objection).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            // the committee is considering an earlier objection: one at a time
            throw new BusinessRuleException("partyExemplar.objectionPending");
        }
        selection.objected(objection);
        return selection;
    }

    private Society nominatingSociety(CurrentUser user) {
        if (!user.isSociety()) {
            throw new BusinessRuleException("partyExemplar.societyOnly");
        }
        Society society = societies.getByCode(user.societyCode());
        if (society.getStatus() != SocietyStatus.ACTIVE && society.getStatus() != SocietyStatus.RECTIFYING) {
            throw new BusinessRuleException("society.notActive");
        }
        return society;
    }

    private Long ownSocietyId(CurrentUser user) {
        return user.isSociety() ? societies.getByCode(user.societyCode()).getId() : null;
    }

    // ---- the published list ----

    /** Every published exemplar of these societies, newest first. */
    @Transactional(readOnly = true)
    public Map<Long, List<Exemplar>> exemplars(Collection<Long> societyIds) {
        if (societyIds.isEmpty()) {
            return Map.of();
        }
        List<PartyNomination> published = nominations.findBySocietyIdInAndExemplaryTrueOrderByIdDesc(societyIds);
        Map<Long, PartyExemplarSelection> byId = selections.findAllById(published.stream()
                .map(PartyNomination::getSelectionId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(PartyExemplarSelection::getId, Function.identity()));
        Map<Long, List<Exemplar>> bySociety = new HashMap<>();
        published.forEach(n -> bySociety.computeIfAbsent(n.getSocietyId(), k -> new ArrayList<>())
                .add(new Exemplar(n, byId.get(n.getSelectionId()))));
        return bySociety;
    }

    // ---- steps of party-exemplar-selection.bpmn ----

    public void open(DelegateExecution execution) {
        selectionOf(execution).numbered(execution.getProcessBusinessKey());
    }

    /** The call has closed: the committee gets every nomination to rank. */
    public void close(DelegateExecution execution) {
        PartyExemplarSelection selection = selectionOf(execution);
        selection.moveTo(PartyExemplarSelection.SelectionStatus.REVIEW);
        List<PartyNomination> all = nominations.findBySelectionIdOrderByIdAsc(selection.getId());
        Map<Long, String> names = societies.names(all.stream().map(PartyNomination::getSocietyId).toList());
        PartyExemplar.NOMINATIONS.set(execution, all.isEmpty() ? texts.text("partyExemplar.noNominations")
                : all.stream().map(n -> line(n, names)).collect(Collectors.joining("\n")));
    }

    /** The committee's list: nominations of this selection, each once, at most the quota, in ranking order. */
    public void checkSelection(DelegateTask task) {
        PartyExemplarSelection selection = selectionOf(task);
        List<String> entries = Arrays.stream(String.valueOf(PartyExemplar.SELECTED_LIST.of(task)).split("[,，\\s]+"))
                .filter(s -> !s.isBlank() && !"null".equals(s)).toList();
        if (entries.isEmpty()) {
            throw refusal("partyExemplar.listEmpty");
        }
        if (new LinkedHashSet<>(entries).size() != entries.size()) {
            throw refusal("partyExemplar.listDuplicate");
        }
        if (entries.size() > selection.getQuota()) {
            throw refusal("partyExemplar.overQuota", selection.getQuota());
        }
        Map<String, PartyNomination> ofSelection = nominations.findBySelectionIdOrderByIdAsc(selection.getId()).stream()
                .collect(Collectors.toMap(n -> n.getId().toString(), Function.identity()));
        for (String entry : entries) {
            if (!ofSelection.containsKey(entry)) {
                throw refusal("partyExemplar.notANomination", entry);
            }
        }
        ofSelection.values().forEach(n -> n.rank(null));
        for (int i = 0; i < entries.size(); i++) {
            ofSelection.get(entries.get(i)).rank(i + 1);
        }
        Map<Long, String> names = societies.names(ofSelection.values().stream().map(PartyNomination::getSocietyId).toList());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.add((i + 1) + ". " + line(ofSelection.get(entries.get(i)), names));
        }
        PartyExemplar.SELECTION_SUMMARY.set(task, String.join("\n", lines));
        selection.moveTo(PartyExemplarSelection.SelectionStatus.APPROVAL);
    }

    /** Leadership approved: the list is on 公示 for the selection's working days. */
    public void publishNotice(DelegateExecution execution) {
        PartyExemplarSelection selection = selectionOf(execution);
        LocalDate last = workingDays.lastOfWorkingDays(EngineClock.today(), selection.getNoticeWorkingDays());
        selection.noticeUntil(last);
        PartyExemplar.NOTICE_ENDS.set(execution, EngineClock.startOf(last.plusDays(1)));
    }

    /** Leadership returned the list, or the committee upheld an objection: the committee ranks again. */
    public void reopenRanking(DelegateExecution execution) {
        selectionOf(execution).moveTo(PartyExemplarSelection.SelectionStatus.REVIEW);
    }

    /** The 公示 has passed: the ranked nominations are the year's 党建典型. */
    public void publish(DelegateExecution execution) {
        PartyExemplarSelection selection = selectionOf(execution);
        nominations.findBySelectionIdOrderByIdAsc(selection.getId()).forEach(PartyNomination::publish);
        selection.published();
    }

    private String line(PartyNomination n, Map<Long, String> names) {
        return texts.text("partyExemplar.nominationLine", n.getId(), names.get(n.getSocietyId()), texts.of(n.getKind()),
                n.getTitle());
    }

    private FormFieldValidationException refusal(String key, Object... args) {
        return new FormFieldValidationException("selectedList", texts.text(key, args));
    }

    private PartyExemplarSelection selectionOf(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Long id = PartyExemplar.SELECTION_ID.of(scope);
        return selections.findForUpdate(id).orElseThrow(() -> new NotFoundException("selection", id));
    }

    // ---- the nominations' 材料 (ApplicationDocuments) ----

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public AttachmentShelf shelf() {
        return new AttachmentShelf(attachments, "party-nomination");
    }

    @Override
    @Transactional(readOnly = true)
    public Long readable(Long id, CurrentUser user) {
        return nomination(id, user).getId();
    }

    @Override
    public Attachment attach(Long id, String kind, MultipartFile file, CurrentUser user) {
        PartyNomination nomination = editable(id, user);
        return attachments.store(shelf().ownerType(), nomination.getId(), nomination.getSocietyId(),
                ApplicationDocuments.kind(PartyNomination.NominationAttachmentKind.class, kind).name(), file,
                user.userId());
    }

    @Override
    public void detach(Long id, Long attachmentId, CurrentUser user) {
        PartyNomination nomination = editable(id, user);
        attachments.delete(attachments.get(shelf().ownerType(), nomination.getId(), attachmentId));
    }
}
