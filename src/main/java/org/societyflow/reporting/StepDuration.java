package org.societyflow.reporting;

/**
 * How long one step (a user task of a process) takes once it is done: how often it was completed, the mean, and the
 * 90th percentile by nearest rank — the time nine in ten completions stayed within.
 */
public record StepDuration(String processKey, String processName, String taskName, int completed,
                           long averageMillis, long p90Millis) {
}
