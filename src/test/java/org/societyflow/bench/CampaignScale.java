package org.societyflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.MonthDay;
import org.camunda.bpm.engine.TaskService;
import org.societyflow.inspection.InspectionCampaignService;
import org.societyflow.society.SocietyService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Campaign scale (issue 9): 学会部 opens a 年检 campaign over N societies; the time until every society's
 * 填报年度工作报告 task exists, against the time the same MariaDB server takes for N single-row inserts, each
 * committed on its own, measured just before and just after the campaign in the same run.
 *
 * <p>Arguments: societies (default 2000), give-up time in seconds (default 1800).
 */
public final class CampaignScale {

    private CampaignScale() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        // a society takes a fraction of a second on a loaded 2-core machine; give each a whole one, at least 30 min
        long timeoutSeconds = args.length > 1 ? Long.parseLong(args[1]) : Math.max(1800, count + 600);
        ConfigurableApplicationContext app = BenchApp.start();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        TaskService tasks = app.getBean(TaskService.class);
        BenchApp.insertSocieties(jdbc, "BC", count);
        int year = LocalDate.now().getYear() - 1;
        while (jdbc.queryForObject("SELECT COUNT(*) FROM inspection_campaign WHERE inspection_year = ?", Integer.class,
                year) > 0) {
            year--;
        }
        int expected = app.getBean(SocietyService.class)
                .inspectableSocietyIds(MonthDay.of(6, 30).atYear(year)).size();

        long insertsBefore = insertAndCommit(count);
        System.out.printf("%d single-row inserts, each committed, before the campaign: %.1f s%n", count, insertsBefore / 1e9);
        long start = System.nanoTime();
        app.getBean(InspectionCampaignService.class).start(year, null, BenchApp.AFFAIRS);
        long opened = System.nanoTime();
        long created = 0;
        long lastReport = start;
        while (created < expected) {
            if (System.nanoTime() - start > timeoutSeconds * 1_000_000_000L) {
                app.close();
                throw new IllegalStateException("gave up after " + timeoutSeconds + " s with " + created + " of "
                        + expected + " society tasks");
            }
            Thread.sleep(500);
            created = tasks.createTaskQuery().processDefinitionKey("annual-inspection").taskDefinitionKey("SubmitReport")
                    .count();
            if (System.nanoTime() - lastReport > 30_000_000_000L) {
                lastReport = System.nanoTime();
                System.out.printf("  %.0f s: %d of %d society tasks%n", (lastReport - start) / 1e9, created, expected);
            }
        }
        long done = System.nanoTime();
        long insertsAfter = insertAndCommit(count);

        double campaignMs = BenchApp.millis(done - start);
        double insertMs = BenchApp.millis((insertsBefore + insertsAfter) / 2);
        System.out.printf("campaign %d over %d societies: opened (the request) in %.0f ms, all %d society tasks after %.1f s"
                + " (%.1f societies/s)%n", year, expected, BenchApp.millis(opened - start), expected, campaignMs / 1000,
                expected / (campaignMs / 1000));
        System.out.printf("%d single-row inserts, each committed: %.1f s before, %.1f s after (%.0f rows/s)%n", count,
                insertsBefore / 1e9, insertsAfter / 1e9, count / (insertMs / 1000));
        System.out.printf("ratio: the campaign takes %.1f times as long as %d committed inserts"
                + " (one society costs %.1f insert-and-commits)%n", campaignMs / insertMs, count,
                campaignMs / expected / (insertMs / count));
        // what went wrong on the way: each failed attempt of a job is in the job log, a job out of retries an incident
        System.out.printf("job attempts that failed: %d; incidents: %d; inspections: %d for %d societies%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_EXCEPTION_MSG_ IS NOT NULL",
                        Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM annual_inspection WHERE inspection_year = ?", Long.class, year),
                jdbc.queryForObject("SELECT COUNT(DISTINCT society_id) FROM annual_inspection WHERE inspection_year = ?",
                        Long.class, year));
        app.close();
    }

    /** N single-row inserts into a scratch table over plain JDBC, each its own transaction; returns the nanos. */
    static long insertAndCommit(int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(BenchApp.url(BenchApp.DATABASE), "root", "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS bench_scratch");
                ddl.execute("CREATE TABLE bench_scratch (id BIGINT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(32) NOT NULL,"
                        + " name VARCHAR(100) NOT NULL, created_at TIMESTAMP NOT NULL)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO bench_scratch (code, name, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                for (int i = 0; i < count; i++) {
                    insert.setString(1, "S" + i);
                    insert.setString(2, "基准学会" + i);
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            long nanos = System.nanoTime() - start;
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE bench_scratch");
            }
            return nanos;
        }
    }
}
