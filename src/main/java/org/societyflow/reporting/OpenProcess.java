package org.societyflow.reporting;

import java.util.List;

/** The running instances of one process and their open user tasks, counted per step (task name). */
public record OpenProcess(String key, String name, long instances, List<OpenStep> steps) {

    public record OpenStep(String name, long tasks) {
    }

    public long tasks() {
        return steps.stream().mapToLong(OpenStep::tasks).sum();
    }
}
