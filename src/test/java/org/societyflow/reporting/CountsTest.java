package org.societyflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.societyflow.society.Discipline;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;

/** The dashboard's tallies on a fixed data set: every cell present, zeros where there is nothing. */
class CountsTest {

    static Society society(SocietyStatus status, Discipline discipline) {
        return new Society("c", "学会", discipline, SupervisionMode.SUPERVISED, status, PartyOrganisation.NONE);
    }

    @Test
    void societiesAreCountedByStatusAndDiscipline() {
        Map<SocietyStatus, Map<Discipline, Long>> grid = Counts.societies(List.of(
                society(SocietyStatus.ACTIVE, Discipline.ENGINEERING),
                society(SocietyStatus.ACTIVE, Discipline.ENGINEERING),
                society(SocietyStatus.ACTIVE, Discipline.MEDICINE),
                society(SocietyStatus.RECTIFYING, Discipline.ENGINEERING),
                society(SocietyStatus.EXITED, Discipline.AGRICULTURE),
                society(SocietyStatus.PREPARING, null)));

        assertThat(grid.get(SocietyStatus.ACTIVE)).containsEntry(Discipline.ENGINEERING, 2L)
                .containsEntry(Discipline.MEDICINE, 1L).containsEntry(Discipline.SCIENCE, 0L);
        assertThat(grid.get(SocietyStatus.RECTIFYING)).containsEntry(Discipline.ENGINEERING, 1L);
        assertThat(grid.get(SocietyStatus.EXITED)).containsEntry(Discipline.AGRICULTURE, 1L);
        assertThat(grid.get(SocietyStatus.PREPARING).values()).containsOnly(0L);
        assertThat(grid).hasSize(SocietyStatus.values().length);
        grid.values().forEach(row -> assertThat(row).hasSize(Discipline.values().length));

        Dashboard dashboard = new Dashboard(null, grid, Map.of(), List.of(), 0, List.of(), List.of(), List.of());
        assertThat(dashboard.societiesIn(SocietyStatus.ACTIVE)).isEqualTo(3);
        assertThat(dashboard.societiesIn(Discipline.ENGINEERING)).isEqualTo(3);
    }

    @Test
    void gradesAreCountedPerYearNewestFirstAndUngradedLeftOut() {
        Map<Integer, Map<InspectionGrade, Long>> grades = Counts.grades(List.of(
                new Counts.Graded(2023, InspectionGrade.PASS),
                new Counts.Graded(2024, InspectionGrade.PASS),
                new Counts.Graded(2024, InspectionGrade.PASS),
                new Counts.Graded(2024, InspectionGrade.FAIL),
                new Counts.Graded(2024, null),
                new Counts.Graded(2022, null)));

        assertThat(grades.keySet()).containsExactly(2024, 2023);
        assertThat(grades.get(2024)).containsExactlyInAnyOrderEntriesOf(Map.of(InspectionGrade.PASS, 2L,
                InspectionGrade.BASIC_PASS, 0L, InspectionGrade.FAIL, 1L));
        assertThat(grades.get(2023)).containsEntry(InspectionGrade.PASS, 1L).containsEntry(InspectionGrade.FAIL, 0L);
    }

    @Test
    void openTasksAreCountedPerProcessAndStepBusiestFirst() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("annual-inspection", "学会年检");
        names.put("society-change", "学会变更登记");
        names.put("weak-society-exit", "软弱涣散整改退出");

        List<OpenProcess> open = Counts.openApplications(names,
                Map.of("annual-inspection", 4L, "society-change", 1L),
                List.of(new Counts.OpenTask("annual-inspection", "填报年检报告"),
                        new Counts.OpenTask("annual-inspection", "审核年检报告"),
                        new Counts.OpenTask("annual-inspection", "填报年检报告"),
                        new Counts.OpenTask("annual-inspection", "填报年检报告"),
                        new Counts.OpenTask("society-change", "形式审查")));

        assertThat(open).extracting(OpenProcess::key).containsExactly("annual-inspection", "society-change",
                "weak-society-exit");
        assertThat(open.get(0).instances()).isEqualTo(4);
        assertThat(open.get(0).steps()).containsExactly(new OpenProcess.OpenStep("填报年检报告", 3),
                new OpenProcess.OpenStep("审核年检报告", 1));
        assertThat(open.get(0).tasks()).isEqualTo(4);
        assertThat(open.get(1).steps()).containsExactly(new OpenProcess.OpenStep("形式审查", 1));
        assertThat(open.get(2).instances()).isZero();
        assertThat(open.get(2).steps()).isEmpty();
    }
}
