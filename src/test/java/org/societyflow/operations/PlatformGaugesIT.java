package org.societyflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.shared.EngineClock;
import org.societyflow.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PlatformGaugesIT {

    /** A candidate group of this test alone: no other test's task moves its gauge. */
    private static final String GROUP = "gauge-probe";
    private static final String LABEL = "group=\"" + GROUP + "\"";

    @LocalServerPort
    int port;
    @Autowired
    PlatformGauges gauges;
    @Autowired
    TaskService taskService;

    @Test
    void theMetricsAreForAdminsOnly() throws Exception {
        Prometheus anonymous = Prometheus.scrape(port, null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.openedSession()).as("a refused scrape opens no session").isFalse();
        assertThat(Prometheus.scrape(port, "affairs", "affairs").status()).isEqualTo(403);
        Prometheus admin = Prometheus.scrape(port, "admin", "admin");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.openedSession()).as("a scrape with HTTP Basic opens no session").isFalse();
    }

    @Test
    void theScrapeCarriesThePlatformsGaugesBootsAndTheEngines() throws Exception {
        gauges.refresh();
        String text = Prometheus.scrape(port, "admin", "admin").text();
        assertThat(text).contains("societyflow_open_tasks{", "societyflow_open_processes{", "societyflow_overdue_tasks{",
                "societyflow_open_incidents{", "societyflow_due_jobs{", "societyflow_failed_mails{",
                "camunda_activity_instance_start{", "camunda_job_successful{",
                "http_server_requests_seconds_count{", "hikaricp_connections_active{", "jvm_memory_used_bytes{");
    }

    @Test
    void anOverdueTaskMovesTheGaugesAtTheNextCount() throws Exception {
        gauges.refresh();
        Prometheus before = Prometheus.scrape(port, "admin", "admin");
        Task task = taskService.newTask();
        task.setName("PlatformGaugesIT");
        task.setDueDate(Date.from(EngineClock.now().minusSeconds(3600)));
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), GROUP);
        try {
            assertThat(Prometheus.scrape(port, "admin", "admin").value("societyflow_open_tasks", LABEL))
                    .as("a scrape in between reads the last counts").isEmpty();
            gauges.refresh();
            Prometheus after = Prometheus.scrape(port, "admin", "admin");
            assertThat(after.value("societyflow_open_tasks", LABEL)).hasValue(1.0);
            // other tests' tasks may fall due meanwhile, none is completed by the engine on its own
            assertThat(after.value("societyflow_overdue_tasks", "application").orElseThrow())
                    .isGreaterThanOrEqualTo(before.value("societyflow_overdue_tasks", "application").orElseThrow() + 1);
        } finally {
            taskService.deleteTask(task.getId(), true);
        }
    }
}
