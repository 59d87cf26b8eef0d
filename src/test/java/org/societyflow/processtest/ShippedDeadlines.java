package org.societyflow.processtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.societyflow.workflow.Deadlines;
import org.yaml.snakeyaml.Yaml;

/**
 * The real {@code deadlines} bean with the durations the application ships with ({@code societyflow.deadlines.*}
 * of application.yml), for process tests that run without Spring.
 */
public final class ShippedDeadlines {

  private ShippedDeadlines() {
  }

  @SuppressWarnings("unchecked")
  public static Deadlines load() {
    try (InputStream in = ShippedDeadlines.class.getResourceAsStream("/application.yml")) {
      Map<String, Object> config = new Yaml().load(in);
      Map<String, Object> societyflow = (Map<String, Object>) config.get("societyflow");
      Deadlines deadlines = new Deadlines();
      deadlines.getDeadlines().putAll((Map<String, String>) societyflow.get("deadlines"));
      return deadlines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
