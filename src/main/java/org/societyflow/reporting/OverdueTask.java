package org.societyflow.reporting;

import java.time.Instant;

/** An open user task past its due date; {@code holder} is the assignee or else the candidate groups. */
public record OverdueTask(String taskId, String taskName, String processName, String businessKey, String holder,
                          Instant due) {
}
