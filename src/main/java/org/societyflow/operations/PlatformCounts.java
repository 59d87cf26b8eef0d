package org.societyflow.operations;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.task.TaskCountByCandidateGroupResult;
import org.societyflow.notification.FailedMails;
import org.societyflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Counts what the platform's gauges show, each with one count (or grouped count) query in the database, never by
 * loading rows. Runs outside any user's login, so the engine checks no authorization: the counts cover everyone.
 */
@Component
@RequiredArgsConstructor
class PlatformCounts {

    /** Tasks without a candidate group (assigned to a person only) are counted under this group name. */
    static final String NO_GROUP = "none";

    private final ProcessEngine engine;
    private final FailedMails failedMails;

    /** The counts of one moment. */
    record Snapshot(Map<String, Long> openTasksByGroup, Map<String, Long> openProcessesByKey, long overdueTasks,
                    long openIncidents, long dueJobs, long failedMails, Map<String, Long> engineMetrics) {

        static final Snapshot NONE = new Snapshot(Map.of(), Map.of(), 0, 0, 0, 0, Map.of());
    }

    Snapshot count() {
        return new Snapshot(openTasksByGroup(), openProcessesByKey(),
                engine.getTaskService().createTaskQuery().active().dueBefore(Date.from(EngineClock.now())).count(),
                engine.getRuntimeService().createIncidentQuery().count(),
                engine.getManagementService().createJobQuery().executable().active().count(),
                failedMails.count(),
                engineMetrics());
    }

    /** The names of the engine's own metrics (activity-instance-start, job-successful, …). */
    Set<String> engineMetricNames() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.isMetricsEnabled() ? configuration.getMetricsRegistry().getDbMeters().keySet() : Set.of();
    }

    private Map<String, Long> openTasksByGroup() {
        Map<String, Long> counts = new TreeMap<>();
        List<TaskCountByCandidateGroupResult> groups = engine.getTaskService().createTaskReport().taskCountByCandidateGroup();
        for (TaskCountByCandidateGroupResult row : groups) {
            String group = row.getGroupName() == null ? NO_GROUP : row.getGroupName();
            counts.merge(group, (long) row.getTaskCount(), Long::sum);
        }
        return counts;
    }

    /** Running instances per process key, all versions together; a deployed process with none counts 0. */
    private Map<String, Long> openProcessesByKey() {
        Map<String, Long> counts = new TreeMap<>();
        List<ProcessDefinitionStatistics> definitions =
                engine.getManagementService().createProcessDefinitionStatisticsQuery().unlimitedList();
        for (ProcessDefinitionStatistics row : definitions) {
            counts.merge(row.getKey(), (long) row.getInstances(), Long::sum);
        }
        return counts;
    }

    /**
     * The engine's metrics as it reports them to the database (ACT_RU_METER_LOG, every 15 minutes by default): the
     * totals of all nodes, as Cockpit shows them.
     */
    private Map<String, Long> engineMetrics() {
        ManagementService management = engine.getManagementService();
        Map<String, Long> sums = new TreeMap<>();
        for (String name : engineMetricNames()) {
            sums.put(name, management.createMetricsQuery().name(name).sum());
        }
        return sums;
    }
}
