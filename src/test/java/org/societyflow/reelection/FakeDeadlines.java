package org.societyflow.reelection;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Stands in for the bean {@code deadlines} with the default durations of societyflow.deadlines.* for 换届. */
public class FakeDeadlines {

  static final Map<String, String> DURATIONS = Map.of(
      "reelection-plan", "P60D",
      "reelection-review", "P15D",
      "reelection-results", "P42D",
      "reelection-results-reminder", "P7D");

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
