package org.societyflow.society;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The society register. Processes write it through this service, never through its repositories. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SocietyService {

    private final SocietyRepository societies;
    private final StatusChangeRepository statusChanges;
    private final InspectionResultRepository inspectionResults;
    private final ChangeLogRepository changeLog;
    private final ChineseTexts texts;
    private final ApplicationEventPublisher events;

    @Transactional(readOnly = true)
    public Society get(Long id) {
        return societies.findById(id).orElseThrow(() -> new NotFoundException("society", id));
    }

    /**
     * The society with its row locked until the caller's transaction ends: whoever starts something a society may
     * have only one of at a time (its 换届) checks and starts under this lock, so two app nodes doing it at the same
     * moment do it one after the other and the second finds the first's.
     */
    public Society getForUpdate(Long id) {
        return societies.findForUpdate(id).orElseThrow(() -> new NotFoundException("society", id));
    }

    @Transactional(readOnly = true)
    public Society getByCode(String code) {
        return societies.findByCode(code).orElseThrow(() -> new NotFoundException("society", code));
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return societies.findByCode(code).isPresent();
    }

    /** Names by id, for lists that show many societies. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        return societies.findAllById(ids).stream().collect(Collectors.toMap(Society::getId, Society::getName));
    }

    /** The societies by id, for boards that show and address many societies. */
    @Transactional(readOnly = true)
    public Map<Long, Society> byIds(Collection<Long> ids) {
        return societies.findAllById(ids).stream().collect(Collectors.toMap(Society::getId, s -> s));
    }

    @Transactional(readOnly = true)
    public Page<Society> search(String query, SocietyStatus status, Discipline discipline, Pageable pageable) {
        String q = query == null || query.isBlank() ? null : query.trim();
        return societies.search(q, status, discipline, pageable);
    }

    /** Societies that take part in the 年检 of a year: active or rectifying, registered before the cut-off. */
    @Transactional(readOnly = true)
    public List<Long> inspectableSocietyIds(LocalDate registeredBefore) {
        return societies.findIdsByStatusInAndRegisteredBefore(
                EnumSet.of(SocietyStatus.ACTIVE, SocietyStatus.RECTIFYING), registeredBefore);
    }

    /** What a user may list of a kind of record societies own: a society its own, the 科协's staff all, others none. */
    @Transactional(readOnly = true)
    public <T> List<T> visibleTo(CurrentUser user, Function<Long, List<T>> ofSociety, Supplier<List<T>> all) {
        if (user.isSociety()) {
            return ofSociety.apply(getByCode(user.societyCode()).getId());
        }
        return user.isStaff() ? all.get() : List.of();
    }

    /** The societies the 科协 supervises that are at work (active or rectifying). */
    @Transactional(readOnly = true)
    public List<Society> underSupervision() {
        return societies.findBySupervisionModeAndStatusInOrderById(SupervisionMode.SUPERVISED,
                EnumSet.of(SocietyStatus.ACTIVE, SocietyStatus.RECTIFYING));
    }

    /** Sets or clears the 软弱涣散 flag (only the exit process does). */
    public void flagWeak(Long societyId, boolean weak) {
        get(societyId).flagWeak(weak);
    }

    /**
     * 学会部 records that 民政 put the society on, or took it off, its 活动异常名录; the change log keeps who and when,
     * with the list itself as the basis where other entries name an application.
     */
    public void listAbnormalActivity(Long societyId, boolean listed, String by) {
        Society society = get(societyId);
        if (society.isAbnormalActivity() != listed) {
            society.listAbnormalActivity(listed);
            changeLog.save(new ChangeLogEntry(societyId, "abnormalActivity", abnormalActivity(!listed),
                    abnormalActivity(listed), texts.text("society.abnormalActivity.basis"), by));
        }
    }

    private String abnormalActivity(boolean listed) {
        return texts.text(listed ? "society.abnormalActivity.listed" : "society.abnormalActivity.notListed");
    }

    /** Supervised, active or rectifying societies whose term ends before the given day: due for 换届. */
    @Transactional(readOnly = true)
    public List<Society> termEndingBefore(LocalDate day) {
        return societies.findByTermEndBeforeAndSupervisionModeAndStatusIn(day, SupervisionMode.SUPERVISED,
                EnumSet.of(SocietyStatus.ACTIVE, SocietyStatus.RECTIFYING));
    }

    @Transactional(readOnly = true)
    public List<StatusChange> statusHistory(Long societyId) {
        return statusChanges.findBySocietyIdOrderByChangedAtDesc(societyId);
    }

    @Transactional(readOnly = true)
    public List<InspectionResult> inspectionResults(Long societyId) {
        return inspectionResults.findBySocietyIdOrderByYearDesc(societyId);
    }

    /** Every recorded 年检 result of every society, for the staff dashboard's grades per year. */
    @Transactional(readOnly = true)
    public List<InspectionResult> allInspectionResults() {
        return inspectionResults.findAll();
    }

    /** The recorded 年检 results of these societies. */
    @Transactional(readOnly = true)
    public List<InspectionResult> inspectionResults(Collection<Long> societyIds) {
        return societyIds.isEmpty() ? List.of() : inspectionResults.findBySocietyIdIn(societyIds);
    }

    @Transactional(readOnly = true)
    public InspectionResult inspectionResult(Long societyId, int year) {
        return inspectionResults.findBySocietyIdAndYear(societyId, year).orElse(null);
    }

    public Society register(Society society, String reason, String by) {
        Society saved = societies.save(society);
        statusChanges.save(new StatusChange(saved.getId(), null, saved.getStatus(), reason, by));
        return saved;
    }

    public void changeStatus(Long societyId, SocietyStatus to, String reason, String by) {
        Society society = get(societyId);
        if (society.getStatus() == to) {
            return;
        }
        statusChanges.save(new StatusChange(societyId, society.getStatus(), to, reason, by));
        society.changeStatus(to);
        if (to == SocietyStatus.EXITED) {
            events.publishEvent(new SocietyExited(societyId, reason, by));
        }
    }

    @Transactional(readOnly = true)
    public List<ChangeLogEntry> changeLog(Long societyId) {
        return changeLog.findBySocietyIdOrderByChangedAtDescIdDesc(societyId);
    }

    /**
     * 换届备案: the new term and the elected officers replace the registered ones, with a change-log line for
     * each, in the caller's transaction (the process's).
     */
    public void applyReelection(Long societyId, LocalDate termStart, LocalDate termEnd, List<Officer> officers,
                                String applicationNo, String by) {
        Society society = get(societyId);
        String oldTerm = society.termSummary();
        String oldOfficers = society.officersSummary();
        society.term(society.getTermNumber() == null ? 1 : society.getTermNumber() + 1, termStart, termEnd);
        society.replaceOfficers(officers);
        changeLog.save(new ChangeLogEntry(societyId, "term", oldTerm, society.termSummary(), applicationNo, by));
        changeLog.save(new ChangeLogEntry(societyId, "officers", oldOfficers, society.officersSummary(), applicationNo, by));
    }

    /**
     * An approved 变更: each particular takes its requested value (officers as a list), with a change-log
     * line each, in the caller's transaction — all or nothing.
     */
    public void applyChanges(Long societyId, Map<RegisteredField, String> values, List<Officer> officers,
                             String applicationNo, String by) {
        Society society = get(societyId);
        if (officers != null) {
            String old = society.officersSummary();
            society.replaceOfficers(officers);
            changeLog.save(new ChangeLogEntry(societyId, "officers", old, society.officersSummary(), applicationNo, by));
        }
        values.forEach((field, value) -> {
            String old = field.valueOf(society);
            society.change(field, value);
            changeLog.save(new ChangeLogEntry(societyId, field.name().toLowerCase(java.util.Locale.ROOT), old,
                    field.valueOf(society), applicationNo, by));
        });
    }

    /**
     * The party organisation register (module {@code party}) changed: the society's row takes the new form of
     * organisation, which the other features read, with a change-log line {@code before → after}.
     */
    public void recordPartyOrganisation(Long societyId, PartyOrganisation form, String before, String after,
                                        String applicationNo, String by) {
        get(societyId).partyOrganisation(form);
        changeLog.save(new ChangeLogEntry(societyId, "party_organisation", before, after, applicationNo, by));
    }

    /** Whether another society is registered under this name. */
    @Transactional(readOnly = true)
    public boolean nameTaken(String name, Long exceptSocietyId) {
        return societies.findByName(name.strip()).filter(s -> !s.getId().equals(exceptSocietyId)).isPresent();
    }

    public boolean creditCodeTaken(String creditCode) {
        return societies.existsByCreditCode(creditCode);
    }

    /**
     * A society in 筹备 has been registered by 民政局: credit code, first term and its officers enter the register
     * and the society becomes active, in the caller's (the process's) transaction.
     */
    public void completeRegistration(Long societyId, String creditCode, LocalDate registeredOn, LocalDate termEnd,
                                     List<Officer> officers, String reason, String by) {
        Society society = get(societyId);
        society.enterRegister(creditCode, registeredOn);
        society.term(1, registeredOn, termEnd);
        society.replaceOfficers(officers);
        changeStatus(societyId, SocietyStatus.ACTIVE, reason, by);
        events.publishEvent(new SocietyRegistered(societyId));
    }

    /** The registered societies among these credit codes, codes or names (the register import matches a file's). */
    @Transactional(readOnly = true)
    public List<Society> withCreditCodes(Collection<String> creditCodes) {
        return creditCodes.isEmpty() ? List.of() : societies.findByCreditCodeIn(creditCodes);
    }

    @Transactional(readOnly = true)
    public List<Society> withCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : societies.findByCodeIn(codes);
    }

    @Transactional(readOnly = true)
    public List<Society> withNames(Collection<String> names) {
        return names.isEmpty() ? List.of() : societies.findByNameIn(names);
    }

    /** What an import of {@code imported} would change in the registered society: old and new text per field. */
    public static Map<ImportedField, String[]> importChanges(Society registered, Society imported) {
        Map<ImportedField, String[]> changes = new java.util.EnumMap<>(ImportedField.class);
        for (ImportedField field : ImportedField.values()) {
            String old = field.valueOf(registered);
            String now = field.valueOf(imported);
            if (!java.util.Objects.equals(old, now)) {
                changes.put(field, new String[] {old, now});
            }
        }
        return changes;
    }

    /**
     * The register import's update of a society matched by credit code: each particular that differs takes the
     * file's value, with a change-log line whose basis is {@code basis} (导入); returns the number of lines.
     */
    public int applyImport(Long societyId, Society imported, String basis, String by) {
        Society society = get(societyId);
        Map<ImportedField, String[]> changes = importChanges(society, imported);
        changes.forEach((field, values) -> {
            society.adopt(field, imported);
            changeLog.save(new ChangeLogEntry(societyId, field.logName(), values[0], values[1], basis, by));
        });
        return changes.size();
    }

    /** Registered societies whose name is the same as or closely resembles {@code name}, most similar first. */
    @Transactional(readOnly = true)
    public List<Society> similarlyNamed(String name, double threshold) {
        return societies.findAll().stream()
                .filter(s -> s.getStatus() != SocietyStatus.EXITED)
                .filter(s -> NameSimilarity.similarity(name, s.getName()) >= threshold)
                .sorted(java.util.Comparator.comparingDouble((Society s) -> -NameSimilarity.similarity(name, s.getName())))
                .toList();
    }

    /** Records (or corrects) the 年检 grade of a year; rectified stays open until the rectification is judged. */
    public void recordInspectionResult(Long societyId, int year, String applicationNo,
                                       InspectionGrade grade, Boolean rectified) {
        InspectionResult result = inspectionResults.findBySocietyIdAndYear(societyId, year)
                .orElseGet(() -> new InspectionResult(societyId, year, applicationNo));
        result.record(grade, rectified);
        inspectionResults.save(result);
    }
}
