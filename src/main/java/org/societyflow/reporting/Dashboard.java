package org.societyflow.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.societyflow.society.Discipline;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.SocietyStatus;

/**
 * The figures of the staff dashboard, the same for the page and {@code GET /api/v1/dashboard}. The maps list every
 * status, discipline and grade, with zero where there is none, so a reader never has to tell "none" from "missing".
 */
public record Dashboard(Instant asOf,
                        Map<SocietyStatus, Map<Discipline, Long>> societies,
                        Map<Integer, Map<InspectionGrade, Long>> gradesByYear,
                        List<OpenProcess> openApplications,
                        long overdueCount,
                        List<OverdueTask> overdueTasks,
                        List<StepDuration> stepDurations,
                        List<ProgrammeFunding> funding) {

    public long societiesIn(SocietyStatus status) {
        return societies.get(status).values().stream().mapToLong(Long::longValue).sum();
    }

    public long societiesIn(Discipline discipline) {
        return societies.values().stream().mapToLong(row -> row.get(discipline)).sum();
    }
}
