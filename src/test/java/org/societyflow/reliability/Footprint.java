package org.societyflow.reliability;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused write must leave as it was: every column of each record of the matrix, how many rows each
 * application table holds, and the engine's side of the owner's applications (where they stand, their tasks with
 * holder and delegation, their plain variables), deployments and batches. Two footprints differ in the keys of what
 * changed.
 */
final class Footprint {

    /** Table of each kind of record of {@link MatrixRecords#ids}. */
    private static final Map<String, String> RECORDS = Map.ofEntries(Map.entry("society", "societies"),
            Map.entry("change_request", "changes"), Map.entry("attachment", "attachments"),
            Map.entry("reelection", "reelections"), Map.entry("grant_application", "grants"),
            Map.entry("grant_programme", "programmes"), Map.entry("inspection_campaign", "campaigns"),
            Map.entry("annual_inspection", "inspections"), Map.entry("exit_proposal", "exit-proposals"),
            Map.entry("exit_case", "exit-cases"), Map.entry("station_assessment", "station-assessments"),
            Map.entry("founding_application", "foundings"), Map.entry("expert", "experts"),
            Map.entry("application_copy", "copies"));

    /** Tables a write adds rows to; the 年检 campaigns fill annual_inspection in the background, so it is not among them. */
    private static final List<String> COUNTED = List.of("society", "society_officer", "society_change_log", "change_request",
            "attachment", "reelection", "grant_application", "grant_programme", "inspection_campaign", "exit_proposal",
            "exit_case", "haizhi_station", "station_assessment", "founding_application", "expert", "application_copy",
            "correction_request", "review_opinion", "society_contact_attempt");

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final ManagementService management;
    private final MatrixRecords records;

    Footprint(JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks, RepositoryService repository,
              ManagementService management, MatrixRecords records) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.management = management;
        this.records = records;
    }

    Map<String, String> take() {
        Map<String, String> footprint = new TreeMap<>();
        RECORDS.forEach((table, kind) -> footprint.put(table + " " + records.ids.get(kind), jdbc.query(
                "SELECT * FROM " + table + " WHERE id = ?", (row, i) -> {
                    StringBuilder columns = new StringBuilder();
                    for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                        columns.append(row.getMetaData().getColumnLabel(c)).append('=').append(row.getString(c)).append(' ');
                    }
                    return columns.toString();
                }, Long.valueOf(records.ids.get(kind))).toString()));
        COUNTED.forEach(table -> footprint.put("rows of " + table,
                String.valueOf(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class))));
        List<String> instances = runtime.createProcessInstanceQuery()
                .variableValueEquals("societyCode", records.owner.getCode()).list().stream().map(ProcessInstance::getId)
                .sorted().toList();
        footprint.put("owner's instances", instances.toString());
        for (String instance : instances) {
            footprint.put("activities of " + instance, runtime.getActiveActivityIds(instance).stream().sorted().toList().toString());
            footprint.put("tasks of " + instance, tasks.createTaskQuery().processInstanceId(instance).list().stream()
                    .map(t -> t.getId() + ":" + t.getAssignee() + ":" + t.getOwner() + ":" + t.getDelegationState() + ":"
                            + tasks.getIdentityLinksForTask(t.getId()).size())
                    .sorted().collect(Collectors.joining(",")));
            footprint.put("variables of " + instance, runtime.createVariableInstanceQuery().processInstanceIdIn(instance)
                    .disableCustomObjectDeserialization().list().stream()
                    .map(v -> v.getName() + "=" + (v.getValue() instanceof String || v.getValue() instanceof Number
                            || v.getValue() instanceof Boolean ? v.getValue() : v.getTypeName()))
                    .sorted().collect(Collectors.joining(",")));
        }
        footprint.put("deployments", String.valueOf(repository.createDeploymentQuery().count()));
        footprint.put("batches", String.valueOf(management.createBatchQuery().count()));
        return footprint;
    }

    /** The keys whose value differs between two footprints. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).toList();
    }
}
