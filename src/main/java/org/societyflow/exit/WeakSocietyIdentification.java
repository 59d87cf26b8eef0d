package org.societyflow.exit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.societyflow.inspection.AnnualInspection;
import org.societyflow.inspection.AnnualInspectionService;
import org.societyflow.inspection.InspectionStatus;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.InspectionResult;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.ActivityLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the DMN {@code weak-society-identification} over one society's record: its 年检 history (grades and the
 * figures of its latest report), its verified activity ledger, its term and its officers. The thresholds live in the
 * table.
 */
@Component
class WeakSocietyIdentification {

    static final String DECISION = "weak-society-identification";

    private final DecisionService decisionService;
    private final SocietyService societies;
    private final AnnualInspectionService inspections;
    private final ActivityLedger ledger;
    private final int officerMaxAge;

    WeakSocietyIdentification(DecisionService decisionService, SocietyService societies,
                              AnnualInspectionService inspections, ActivityLedger ledger,
                              @Value("${societyflow.officers.max-age}") int officerMaxAge) {
        this.decisionService = decisionService;
        this.societies = societies;
        this.inspections = inspections;
        this.ledger = ledger;
        this.officerMaxAge = officerMaxAge;
    }

    Indicators of(Society society, LocalDate today) {
        List<Indicators.Indicator> fired = decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.fromMap(record(society, today))).evaluate().getResultList().stream()
                .map(row -> new Indicators.Indicator((String) row.get("indicator"), (String) row.get("reason")))
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
        record.put("missedInspections", countBack(lastYear, y -> statuses.get(y) == InspectionStatus.NOT_SUBMITTED));
        record.put("lastGrade", grades.get(lastYear) == null ? null : grades.get(lastYear).name());
        record.put("basicPassesInARow", countBack(lastYear, y -> grades.get(y) == InspectionGrade.BASIC_PASS));
        record.put("monthsWithoutActivity", monthsWithoutActivity(society, today));
        record.put("academicActivities", latestReport.map(i -> i.getReport().getAcademicActivities()).orElse(null));
        record.put("councilMeetings", latestReport.map(i -> i.getReport().getCouncilMeetings()).orElse(null));
        record.put("termOverdueMonths", society.termOverdueOn(today)
                ? (int) ChronoUnit.MONTHS.between(society.getTermEnd(), today) + 1 : 0);
        record.put("presidentVacant", society.getOfficers().stream().noneMatch(o -> o.getRole() == OfficerRole.PRESIDENT));
        record.put("secretaryVacant",
                society.getOfficers().stream().noneMatch(o -> o.getRole() == OfficerRole.SECRETARY_GENERAL));
        record.put("officersOverAge", society.hasOfficerOlderThan(officerMaxAge, today));
        record.put("partyOrganisation", society.getPartyOrganisation() == null ? null : society.getPartyOrganisation().name());
        return record;
    }

    /**
     * Months since the end of the society's latest verified activity in the ledger (docs/RULES.md, E: no activity
     * for a year); with none verified, since registration.
     */
    private Integer monthsWithoutActivity(Society society, LocalDate today) {
        LocalDate since = ledger.lastVerifiedActivity(society.getId(), today).orElse(society.getRegisteredOn());
        return since == null ? null : (int) ChronoUnit.MONTHS.between(since, today);
    }

    private static int countBack(int fromYear, java.util.function.IntPredicate holds) {
        int count = 0;
        for (int year = fromYear; holds.test(year); year--) {
            count++;
        }
        return count;
    }
}
