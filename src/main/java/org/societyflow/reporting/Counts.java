package org.societyflow.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.societyflow.society.Discipline;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;

/** The dashboard's tallies from plain lists, zero-filled; kept apart from the queries so they are tested alone. */
final class Counts {

    /** A 年检 grade of a year, as the register records it. */
    record Graded(int year, InspectionGrade grade) {
    }

    /** An open user task of a process. */
    record OpenTask(String processKey, String taskName) {
    }

    private Counts() {
    }

    static Map<SocietyStatus, Map<Discipline, Long>> societies(Collection<Society> societies) {
        Map<SocietyStatus, Map<Discipline, Long>> grid = new EnumMap<>(SocietyStatus.class);
        for (SocietyStatus status : SocietyStatus.values()) {
            grid.put(status, zeros(Discipline.class, Discipline.values()));
        }
        // a society registered without a discipline (an old record) counts nowhere rather than breaking the page
        societies.stream().filter(s -> s.getStatus() != null && s.getDiscipline() != null)
                .forEach(s -> grid.get(s.getStatus()).merge(s.getDiscipline(), 1L, Long::sum));
        return grid;
    }

    /** Years newest first; a result without a grade yet (rectification pending) is not counted. */
    static Map<Integer, Map<InspectionGrade, Long>> grades(Collection<Graded> results) {
        Map<Integer, Map<InspectionGrade, Long>> byYear = new TreeMap<>(Comparator.reverseOrder());
        results.stream().filter(r -> r.grade() != null).forEach(r -> byYear
                .computeIfAbsent(r.year(), y -> zeros(InspectionGrade.class, InspectionGrade.values()))
                .merge(r.grade(), 1L, Long::sum));
        return byYear;
    }

    /**
     * One line per deployed process in the order of {@code names} (key → name), with its running instances and open
     * tasks per step, the busiest step first.
     */
    static List<OpenProcess> openApplications(Map<String, String> names, Map<String, Long> instances,
                                              Collection<OpenTask> tasks) {
        Map<String, Map<String, Long>> steps = tasks.stream().collect(Collectors.groupingBy(OpenTask::processKey,
                Collectors.groupingBy(t -> t.taskName() == null ? "—" : t.taskName(), Collectors.counting())));
        List<OpenProcess> lines = new ArrayList<>();
        names.forEach((key, name) -> lines.add(new OpenProcess(key, name, instances.getOrDefault(key, 0L),
                steps.getOrDefault(key, Map.of()).entrySet().stream()
                        .map(e -> new OpenProcess.OpenStep(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong(OpenProcess.OpenStep::tasks).reversed()
                                .thenComparing(OpenProcess.OpenStep::name))
                        .toList())));
        return lines;
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type, E[] values) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E value : values) {
            map.put(value, 0L);
        }
        return map;
    }
}
