package org.societyflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.inspection.AnnualInspectionService;
import org.societyflow.inspection.FakeAnnualInspectionService;
import org.societyflow.inspection.InspectionReport;
import org.societyflow.processtest.FakeReminders;
import org.societyflow.processtest.FakeReviewOpinionRecorder;
import org.societyflow.processtest.FakeSocietyTaskGuard;
import org.societyflow.processtest.ShippedDeadlines;
import org.societyflow.support.Files;
import org.societyflow.support.Reports;
import org.societyflow.workflow.ApplicationNumbers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Engine overhead (issue 9): complete 年检 lifecycles — started as the campaign starts them, the society submits a
 * clean report, 学会部 claims and approves it as Tasklist does, the process ends as 合格 — per second through the
 * application (its services, domain rows, listeners, authorization, job executor) and on a bare engine that runs the
 * same annual-inspection.bpmn and grade DMN with no-op beans (the process tests' fakes), both on the same MariaDB
 * server, in one JVM, in alternating rounds so that both sides see the same load of a shared machine.
 *
 * <p>Arguments: lifecycles per side (default 200), rounds they are split into (default 4).
 */
public final class EngineOverhead {

    private static final int YEAR = 2001;
    private static final Date REPORT_DEADLINE = Date.from(LocalDate.now().plusDays(90)
            .atStartOfDay(ZoneId.systemDefault()).toInstant());
    private static final List<String> INDICATORS = List.of("certificateLent", "outsideScope", "refusedInspection",
            "unfiledChanges", "forProfit", "assetsMisappropriated", "seriousCase", "meetingsNotHeld", "termOverdue",
            "officersOverAgeOrTerm", "financeIrregular", "improperAwards", "uncooperative", "criticisedLastYear");

    private EngineOverhead() {
    }

    public static void main(String[] args) {
        int lifecycles = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int warmUp = 20;
        ConfigurableApplicationContext app = BenchApp.start();
        ProcessEngine bare = bareEngine(System.getProperty("bench.bare-database", "sf_bench_bare"));
        IntConsumer appLifecycle = new AppLifecycle(app, lifecycles + warmUp);
        IntConsumer bareLifecycle = i -> bareLifecycle(bare, i);

        for (int i = 0; i < warmUp; i++) {
            bareLifecycle.accept(lifecycles + i);
            appLifecycle.accept(lifecycles + i);
        }
        long bareNanos = 0;
        long appNanos = 0;
        int perRound = lifecycles / rounds;
        System.out.printf("%-6s %14s %14s %8s%n", "round", "bare /s", "app /s", "app/bare");
        for (int r = 0; r < rounds; r++) {
            long bareRound = timed(bareLifecycle, r * perRound, perRound);
            long appRound = timed(appLifecycle, r * perRound, perRound);
            bareNanos += bareRound;
            appNanos += appRound;
            System.out.printf("%-6d %14.1f %14.1f %8.2f%n", r + 1, rate(perRound, bareRound), rate(perRound, appRound),
                    (double) appRound / bareRound);
        }
        int done = perRound * rounds;
        System.out.printf("%-6s %14.1f %14.1f %8.2f%n", "all", rate(done, bareNanos), rate(done, appNanos),
                (double) appNanos / bareNanos);
        System.out.printf("年检 lifecycles per second: bare engine %.1f, application %.1f; the application takes %.2f times"
                + " as long per lifecycle (%d lifecycles each, %d rounds)%n", rate(done, bareNanos), rate(done, appNanos),
                (double) appNanos / bareNanos, done, rounds);
        bare.close();
        app.close();
    }

    private static long timed(IntConsumer lifecycle, int first, int count) {
        long start = System.nanoTime();
        for (int i = first; i < first + count; i++) {
            lifecycle.accept(i);
        }
        return System.nanoTime() - start;
    }

    private static double rate(int count, long nanos) {
        return count / (nanos / 1e9);
    }

    /** The variables the campaign's call activity passes to each society's 年检. */
    private static Map<String, Object> startVariables(long societyId, long campaignId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("societyId", societyId);
        variables.put("year", YEAR);
        variables.put("campaignId", campaignId);
        variables.put("reportDeadline", REPORT_DEADLINE);
        return variables;
    }

    /** 学会部 claims and approves the review as Tasklist does through the engine REST API: one transaction each. */
    private static void approve(ProcessEngine engine, String processInstanceId) {
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("ReviewReport").singleResult();
        engine.getIdentityService().setAuthentication(BenchApp.AFFAIRS.userId(), List.copyOf(BenchApp.AFFAIRS.groups()));
        try {
            engine.getTaskService().claim(review.getId(), BenchApp.AFFAIRS.userId());
            engine.getTaskService().complete(review.getId(), Map.of("decision", "approve", "opinion", "材料齐全，同意合格"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    // ---- the bare engine ----

    static ProcessEngine bareEngine(String database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(BenchApp.url(database));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
        configuration.setBeans(Map.of("annualInspectionService", new FakeAnnualInspectionService(),
                "deadlines", ShippedDeadlines.load(), "reminders", new FakeReminders(),
                "reviewOpinionRecorder", new FakeReviewOpinionRecorder(), "societyTaskGuard", new FakeSocietyTaskGuard()));
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bench")
                .addClasspathResource("annual-inspection.bpmn").addClasspathResource("annual-inspection-grade.dmn")
                .addClasspathResource("annual-inspection-review.form")
                .addClasspathResource("annual-inspection-rectification-review.form")
                .enableDuplicateFiltering(true).deploy();
        return engine;
    }

    private static void bareLifecycle(ProcessEngine engine, int i) {
        String processInstanceId = engine.getRuntimeService().startProcessInstanceByKey("annual-inspection",
                "NJ-" + YEAR + "-" + i, startVariables(i, 1L)).getId();
        Task report = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
        engine.getTaskService().setAssignee(report.getId(), "bench-" + i);
        engine.getTaskService().complete(report.getId(), cleanReportVariables());
        approve(engine, processInstanceId);
    }

    /** What the application passes when a society submits a clean report: no indicator set, the key figures. */
    private static Map<String, Object> cleanReportVariables() {
        Map<String, Object> variables = new HashMap<>();
        INDICATORS.forEach(indicator -> variables.put(indicator, false));
        variables.put("membersIndividual", 3);
        variables.put("membersUnit", 3);
        variables.put("activitiesHeld", 9);
        variables.put("income", 1250000.5);
        variables.put("expenses", 1100000.0);
        variables.put("netAssets", 860000.0);
        return variables;
    }

    // ---- the application ----

    /** The application's lifecycle through its services, each society of its own (one 年检 per society and year). */
    private static final class AppLifecycle implements IntConsumer {

        private final ProcessEngine engine;
        private final RuntimeService runtime;
        private final ApplicationNumbers numbers;
        private final AnnualInspectionService inspections;
        private final TransactionTemplate transaction;
        private final InspectionReport report;
        private final List<Long> societies;
        private final long campaignId;

        AppLifecycle(ConfigurableApplicationContext app, int count) {
            engine = app.getBean(ProcessEngine.class);
            runtime = engine.getRuntimeService();
            numbers = app.getBean(ApplicationNumbers.class);
            inspections = app.getBean(AnnualInspectionService.class);
            transaction = app.getBean(TransactionTemplate.class);
            report = app.getBean(ObjectMapper.class).convertValue(Reports.complete(), InspectionReport.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            societies = BenchApp.insertSocieties(jdbc, "BE", count);
            jdbc.update("INSERT INTO inspection_campaign (inspection_year, report_deadline, status, opened_by, opened_at)"
                    + " VALUES (?, ?, 'OPEN', 'affairs', CURRENT_TIMESTAMP)", YEAR, REPORT_DEADLINE);
            campaignId = jdbc.queryForObject("SELECT id FROM inspection_campaign WHERE inspection_year = ?", Long.class,
                    YEAR);
        }

        @Override
        public void accept(int i) {
            String processInstanceId = transaction.execute(status -> runtime.startProcessInstanceByKey(
                    "annual-inspection", numbers.next("NJ", YEAR), startVariables(societies.get(i), campaignId)).getId());
            long inspectionId = ((Number) runtime.getVariable(processInstanceId, "applicationId")).longValue();
            String code = "BE" + i;
            CurrentUser society = new CurrentUser("bench-" + code, code, Set.of(Groups.ofSociety(code)), code);
            for (String kind : Files.REQUIRED_INSPECTION_KINDS) {
                inspections.attach(inspectionId, kind, new MockMultipartFile("file", kind.toLowerCase() + ".pdf",
                        "application/pdf", Files.pdf()), society);
            }
            inspections.submit(inspectionId, report, society);
            approve(engine, processInstanceId);
        }
    }
}
