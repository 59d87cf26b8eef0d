package org.societyflow.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.societyflow.operations.PlatformCounts.Snapshot;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The platform's gauges ({@code societyflow_*}) and the engine's own metrics ({@code camunda_*}) for
 * {@code /actuator/prometheus}. A scrape reads the last counts; {@link PlatformCounts} counts them again every
 * {@code societyflow.metrics.refresh-interval}, so however often Prometheus scrapes, the database counts no more often.
 */
@Component
class PlatformGauges implements MeterBinder {

    private final PlatformCounts counts;
    private volatile Snapshot last = Snapshot.NONE;
    private volatile MultiGauge openTasks;
    private volatile MultiGauge openProcesses;

    PlatformGauges(PlatformCounts counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        openTasks = MultiGauge.builder("societyflow.open.tasks")
                .description("Open tasks per candidate group (none: a task with no candidate group)").register(registry);
        openProcesses = MultiGauge.builder("societyflow.open.processes")
                .description("Running process instances per process key (applications and the platform's own processes)")
                .register(registry);
        gauge(registry, "societyflow.overdue.tasks", "Open tasks past their due date", Snapshot::overdueTasks);
        gauge(registry, "societyflow.open.incidents", "Open incidents (Cockpit)", Snapshot::openIncidents);
        gauge(registry, "societyflow.due.jobs", "Jobs due and waiting for the job executor", Snapshot::dueJobs);
        gauge(registry, "societyflow.failed.mails", "Notification mails with no retry left", Snapshot::failedMails);
        for (String name : counts.engineMetricNames()) {
            gauge(registry, "camunda." + name.replace('-', '.'),
                    "The engine's metric " + name + ": total of all nodes as reported to the database",
                    snapshot -> snapshot.engineMetrics().getOrDefault(name, 0L));
        }
    }

    private void gauge(MeterRegistry registry, String name, String description,
                       ToDoubleFunction<Snapshot> value) {
        Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.last)).description(description).register(registry);
    }

    /** Counts again; the first run comes as soon as the application has started. */
    @Scheduled(fixedDelayString = "#{@metricsSettings.refreshInterval.toMillis()}")
    void refresh() {
        Snapshot snapshot = counts.count();
        last = snapshot;
        if (openTasks != null) {
            openTasks.register(rows("group", snapshot.openTasksByGroup()), true);
            openProcesses.register(rows("process", snapshot.openProcessesByKey()), true);
        }
    }

    private static Iterable<MultiGauge.Row<?>> rows(String tag, Map<String, Long> counts) {
        return counts.entrySet().stream()
                .<MultiGauge.Row<?>>map(count -> MultiGauge.Row.of(Tags.of(tag, count.getKey()), count.getValue()))
                .toList();
    }
}
