package org.societyflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Mean and nearest-rank 90th percentile per process and step, on a fixed set of completed tasks. */
class StepDurationsTest {

    static final long MINUTE = 60_000;

    @Test
    void percentileIsTheNearestRankOfTheSortedDurations() {
        // ⌈0.9 · 10⌉ = 9th of 1..10
        assertThat(StepDurations.percentile(List.of(7L, 3L, 10L, 1L, 5L, 2L, 9L, 4L, 8L, 6L), 90)).isEqualTo(9);
        // ⌈0.9 · 11⌉ = 10th of 1..11
        assertThat(StepDurations.percentile(LongStream.rangeClosed(1, 11).boxed().toList(), 90)).isEqualTo(10);
        // ⌈0.9 · 3⌉ = 3rd: with few samples the 90th percentile is the slowest
        assertThat(StepDurations.percentile(List.of(60L, 120L, 600L), 90)).isEqualTo(600);
        // ⌈0.9 · 20⌉ = 18th: no floating-point rounding lifts it to the 19th
        assertThat(StepDurations.percentile(LongStream.rangeClosed(1, 20).boxed().toList(), 90)).isEqualTo(18);
        assertThat(StepDurations.percentile(List.of(42L), 90)).isEqualTo(42);
        assertThat(StepDurations.percentile(List.of(), 90)).isZero();
    }

    @Test
    void averageIsRoundedToTheMillisecond() {
        assertThat(StepDurations.average(List.of(1L, 2L))).isEqualTo(2);
        assertThat(StepDurations.average(List.of(10L, 20L, 60L))).isEqualTo(30);
        assertThat(StepDurations.average(List.of())).isZero();
    }

    @Test
    void tasksAreGroupedByProcessAndTaskName() {
        List<StepDurations.Sample> samples = List.of(
                new StepDurations.Sample("society-change", "形式审查", 10 * MINUTE),
                new StepDurations.Sample("annual-inspection", "形式审查", 30 * MINUTE),
                new StepDurations.Sample("society-change", "形式审查", 20 * MINUTE),
                new StepDurations.Sample("society-change", "领导审批", 5 * MINUTE),
                new StepDurations.Sample("society-change", "形式审查", 90 * MINUTE),
                new StepDurations.Sample("annual-inspection", null, MINUTE));

        List<StepDuration> lines = StepDurations.of(samples, Map.of("society-change", "学会变更登记"));

        assertThat(lines).containsExactly(
                new StepDuration("annual-inspection", "annual-inspection", "—", 1, MINUTE, MINUTE),
                new StepDuration("annual-inspection", "annual-inspection", "形式审查", 1, 30 * MINUTE, 30 * MINUTE),
                new StepDuration("society-change", "学会变更登记", "形式审查", 3, 40 * MINUTE, 90 * MINUTE),
                new StepDuration("society-change", "学会变更登记", "领导审批", 1, 5 * MINUTE, 5 * MINUTE));
    }
}
