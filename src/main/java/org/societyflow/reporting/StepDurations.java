package org.societyflow.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups completed tasks by process and task name and computes mean and 90th percentile. Pure arithmetic on what the
 * engine's history returns, so it is tested with a fixed data set.
 */
final class StepDurations {

    /** One completed task as the history keeps it. */
    record Sample(String processKey, String taskName, long durationMillis) {
    }

    private record Step(String processKey, String taskName) {
    }

    private StepDurations() {
    }

    /** One line per process and task name, ordered by process key then task name; process names from {@code names}. */
    static List<StepDuration> of(List<Sample> samples, Map<String, String> names) {
        Map<Step, List<Long>> byStep = new TreeMap<>(Comparator.comparing(Step::processKey).thenComparing(Step::taskName));
        for (Sample s : samples) {
            // a task without a name cannot be told apart from other nameless ones of its process
            String task = s.taskName() == null ? "—" : s.taskName();
            byStep.computeIfAbsent(new Step(s.processKey(), task), k -> new ArrayList<>()).add(s.durationMillis());
        }
        List<StepDuration> lines = new ArrayList<>();
        byStep.forEach((step, durations) -> lines.add(new StepDuration(step.processKey(),
                names.getOrDefault(step.processKey(), step.processKey()), step.taskName(), durations.size(),
                average(durations), percentile(durations, 90))));
        return lines;
    }

    /** Arithmetic mean, rounded to the millisecond. */
    static long average(List<Long> durations) {
        if (durations.isEmpty()) {
            return 0;
        }
        return Math.round(durations.stream().mapToLong(Long::longValue).sum() / (double) durations.size());
    }

    /**
     * Nearest rank: the smallest value with at least p% of the values at or below it, i.e. the ⌈p/100 · n⌉-th of the
     * sorted values. Unlike interpolation it is always a time a task really took.
     */
    static long percentile(List<Long> durations, int p) {
        if (durations.isEmpty()) {
            return 0;
        }
        List<Long> sorted = durations.stream().sorted().toList();
        // ⌈p·n/100⌉ in integers: no floating-point rounding can move the rank
        int rank = (p * sorted.size() + 99) / 100;
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
