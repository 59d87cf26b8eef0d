package org.societyflow.exit;

import static org.societyflow.shared.DecisionVariables.WeakSocietyTable.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.societyflow.inspection.AnnualInspection;
import org.societyflow.inspection.AnnualInspectionService;
import org.societyflow.inspection.InspectionStatus;
import org.societyflow.shared.ProcessVariables.Var;
import org.societyflow.society.ContactLog;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.InspectionResult;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.OfficerVacancies;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.ActivityLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the DMN {@code weak-society-identification} over one society's record: its 年检 history (grades and the
 * figures of its latest report), its verified activity ledger (all of it, and what carries out its charter's scope),
 * its term, its officers and how long a 理事长/秘书长 has been missing in the register's history, the 活动异常名录 flag, and
 * 学会部's 联系记录. The thresholds live in the table; the officers' age and term limits are settings.
 */
@Component
class WeakSocietyIdentification {

    static final String DECISION = "weak-society-identification";

    private final DecisionService decisionService;
    private final SocietyService societies;
    private final AnnualInspectionService inspections;
    private final ActivityLedger ledger;
    private final OfficerVacancies vacancies;
    private final ContactLog contacts;
    private final int officerMaxAge;
    private final int presidentMaxTerms;

    WeakSocietyIdentification(DecisionService decisionService, SocietyService societies,
                              AnnualInspectionService inspections, ActivityLedger ledger, OfficerVacancies vacancies,
                              ContactLog contacts, @Value("${societyflow.officers.max-age}") int officerMaxAge,
                              @Value("${societyflow.officers.president-max-terms}") int presidentMaxTerms) {
        this.decisionService = decisionService;
        this.societies = societies;
        this.inspections = inspections;
        this.ledger = ledger;
        this.vacancies = vacancies;
        this.contacts = contacts;
        this.officerMaxAge = officerMaxAge;
        this.presidentMaxTerms = presidentMaxTerms;
    }

    Indicators of(Society society, LocalDate today) {
        List<Indicators.Indicator> fired = decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.fromMap(record(society, today))).evaluate().getResultList().stream()
                .map(row -> new Indicators.Indicator(INDICATOR.from(row), REASON.from(row)))
                .toList();
        return new Indicators(fired);
    }

    /** The table's inputs; null where the record does not tell (no rule fires on an unknown). */
    Map<String, Object> record(Society society, LocalDate today) {
        int lastYear = today.getYear() - 1;
        Map<Integer, InspectionGrade> grades = new HashMap<>();
        for (InspectionResult result : societies.inspectionResults(society.getId())) {
            grades.put(result.getYear(), result.getGrade());
        }
        List<AnnualInspection> history = inspections.ofSociety(society.getId());
        Map<Integer, InspectionStatus> statuses = new HashMap<>();
        history.forEach(i -> statuses.put(i.getYear(), i.getStatus()));
        Optional<AnnualInspection> latestReport = history.stream()
                .filter(i -> i.getSubmittedAt() != null)
                .max(Comparator.comparingInt(AnnualInspection::getYear));

        Map<String, Object> record = new HashMap<>();
        put(record, MISSED_INSPECTIONS, countBack(lastYear, y -> statuses.get(y) == InspectionStatus.NOT_SUBMITTED));
        put(record, LAST_GRADE, grades.get(lastYear) == null ? null : grades.get(lastYear).name());
        put(record, BASIC_PASSES_IN_A_ROW, countBack(lastYear, y -> grades.get(y) == InspectionGrade.BASIC_PASS));
        put(record, MONTHS_WITHOUT_ACTIVITY,
                monthsSince(ledger.lastVerifiedActivity(society.getId(), today), society, today));
        put(record, MONTHS_WITHOUT_ACTIVITY_IN_SCOPE,
                monthsSince(ledger.lastVerifiedActivityInCharterScope(society.getId(), today), society, today));
        put(record, ACADEMIC_ACTIVITIES, latestReport.map(i -> i.getReport().getAcademicActivities()).orElse(null));
        put(record, COUNCIL_MEETINGS, latestReport.map(i -> i.getReport().getCouncilMeetings()).orElse(null));
        put(record, TERM_OVERDUE_MONTHS, society.termOverdueOn(today)
                ? (int) ChronoUnit.MONTHS.between(society.getTermEnd(), today) + 1 : 0);
        put(record, PRESIDENT_VACANT_MONTHS, vacantMonths(society, OfficerRole.PRESIDENT, today));
        put(record, SECRETARY_VACANT_MONTHS, vacantMonths(society, OfficerRole.SECRETARY_GENERAL, today));
        put(record, OFFICERS_OVER_AGE, society.hasOfficerOlderThan(officerMaxAge, today));
        put(record, OFFICERS_OVER_TERM, society.hasPresidentBeyondTerms(presidentMaxTerms));
        put(record, PARTY_ORGANISATION,
                society.getPartyOrganisation() == null ? null : society.getPartyOrganisation().name());
        put(record, ABNORMAL_ACTIVITY_LISTED, society.isAbnormalActivity());
        put(record, FAILED_CONTACT_ATTEMPTS, contacts.failedSinceLastReached(society.getId()));
        return record;
    }

    private static <T> void put(Map<String, Object> record, Var<T> input, T value) {
        record.put(input.name(), value);
    }

    /**
     * Months since the end of the latest verified activity (docs/RULES.md, E: no activity for a year); with none
     * verified, since registration; null when neither is known.
     */
    private static Integer monthsSince(Optional<LocalDate> lastActivity, Society society, LocalDate today) {
        LocalDate since = lastActivity.orElse(society.getRegisteredOn());
        return since == null ? null : (int) ChronoUnit.MONTHS.between(since, today);
    }

    /**
     * Months begun since the role became vacant (a part month counts as one: the table's "more than 6 months" fires
     * the day after six full months); 0 while it is filled, null when the register cannot tell since when.
     */
    private Integer vacantMonths(Society society, OfficerRole role, LocalDate today) {
        if (society.getOfficers().stream().anyMatch(o -> o.getRole() == role)) {
            return 0;
        }
        return vacancies.vacantSince(society, role).map(since -> {
            long full = ChronoUnit.MONTHS.between(since, today);
            return (int) (since.plusMonths(full).isBefore(today) ? full + 1 : full);
        }).orElse(null);
    }

    private static int countBack(int fromYear, IntPredicate holds) {
        int count = 0;
        for (int year = fromYear; holds.test(year); year--) {
            count++;
        }
        return count;
    }
}
