package org.societyflow.operations;

import java.time.Duration;
import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code societyflow.metrics.*}: how often the platform's gauges ({@code societyflow_*}) and the engine's own
 * metrics ({@code camunda_*}) are counted again in the database; a scrape in between reads the last counts.
 */
@Component("metricsSettings")
@ConfigurationProperties("societyflow.metrics")
@Getter
public class MetricsSettings {

    private Duration refreshInterval = Duration.ofSeconds(30);

    public void setRefreshInterval(Duration v) { refreshInterval = v; }
}
