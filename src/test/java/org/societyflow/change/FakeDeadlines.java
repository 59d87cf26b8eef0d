package org.societyflow.change;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Stands in for the bean {@code deadlines} with the default durations of societyflow.deadlines.* for 变更. */
public class FakeDeadlines {

  static final Map<String, String> DURATIONS = Map.of(
      "change-request", "P30D",
      "change-review", "P15D",
      "change-filing", "P30D",
      "change-filing-reminder", "P7D");

  public String duration(String name) {
    String duration = DURATIONS.get(name);
    if (duration == null) {
      throw new IllegalArgumentException("no deadline configured for " + name);
    }
    return duration;
  }

  public Date dueDate(String name) {
    return new Date(ClockUtil.getCurrentTime().getTime() + millis(name));
  }

  public Date before(Date date, String name) {
    return new Date(date.getTime() - millis(name));
  }

  long millis(String name) {
    return Duration.parse(duration(name)).toMillis();
  }
}
