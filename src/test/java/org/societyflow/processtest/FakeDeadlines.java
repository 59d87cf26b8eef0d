package org.societyflow.processtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.yaml.snakeyaml.Yaml;

/**
 * Stands in for the bean {@code deadlines} with the durations the application ships with
 * ({@code societyflow.deadlines.*} of application.yml), so the process tests run on the real defaults.
 */
public class FakeDeadlines {

  static final Map<String, String> DURATIONS = configuredDurations();

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

  public long millis(String name) {
    return Duration.parse(duration(name)).toMillis();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> configuredDurations() {
    try (InputStream in = FakeDeadlines.class.getResourceAsStream("/application.yml")) {
      Map<String, Object> config = new Yaml().load(in);
      Map<String, Object> societyflow = (Map<String, Object>) config.get("societyflow");
      return (Map<String, String>) societyflow.get("deadlines");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
