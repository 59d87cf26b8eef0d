package org.societyflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.workflow.PortalApplicationService;
import org.societyflow.workflow.PortalTaskService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Task queries (issue 9): the latency of 学会部's Tasklist filter (first page and count, as Tasklist asks through the
 * engine REST API, authorization checks included) and of the portal's open-task list (home page) of a society and of
 * 学会部, with SMALL open tasks and then, in the same run, with LARGE open tasks. One task in ten belongs to 学会部; the
 * others to societies, nine each, so the society measured keeps its nine tasks while the total grows. A society's home
 * page lists its applications besides its tasks, found by the process variable {@code societyCode}: measured too.
 *
 * <p>The open tasks are user tasks of a one-task process ({@code bench-open-task}, candidate group, due date and title
 * like the real ones) started through the engine: the queries read the task, identity-link and authorization tables,
 * which hold the same rows whichever process made the task.
 *
 * <p>Arguments: small (default 1000), large (default 10000), repetitions per query (default 40; fewer for a query
 * that takes seconds, see {@link #time}), threads creating tasks (default 3).
 */
public final class TaskQueries {

    private static final String SOCIETY = "BQ0";
    private static final int BATCH = 100;
    private static final int MIN_RUNS = 3;
    private static final long BUDGET_NANOS = 90_000_000_000L;

    private final ProcessEngine engine;
    private final ProcessEngineConfigurationImpl configuration;
    private final String configured;
    private final TransactionTemplate transaction;
    private final PortalTaskService portalTasks;
    private final PortalApplicationService portalApplications;
    private final String affairsFilter;
    private final String homePage;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int repetitions;

    private TaskQueries(ConfigurableApplicationContext app, int repetitions) {
        this.engine = app.getBean(ProcessEngine.class);
        this.configuration = app.getBean(ProcessEngineConfigurationImpl.class);
        this.configured = configuration.getAuthorizationCheckRevokes();
        this.transaction = app.getBean(TransactionTemplate.class);
        this.portalTasks = app.getBean(PortalTaskService.class);
        this.portalApplications = app.getBean(PortalApplicationService.class);
        this.affairsFilter = engine.getFilterService().createFilterQuery().filterName("学会部待办").singleResult().getId();
        this.homePage = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/";
        this.repetitions = repetitions;
    }

    public static void main(String[] args) throws Exception {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 10000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        ConfigurableApplicationContext app = BenchApp.start();
        TaskQueries bench = new TaskQueries(app, repetitions);
        bench.deploy();

        long start = System.nanoTime();
        bench.createTasks(0, small, threads);
        System.out.printf("%d open tasks created in %.1f s%n", small, (System.nanoTime() - start) / 1e9);
        Map<String, double[]> few = bench.measure();
        start = System.nanoTime();
        bench.createTasks(small, large, threads);
        System.out.printf("%d more open tasks created in %.1f s%n", large - small, (System.nanoTime() - start) / 1e9);
        Map<String, double[]> many = bench.measure();

        System.out.printf("%-60s %12s %12s %6s %12s %12s %6s %9s%n", "query (median / p90 ms of n runs)",
                small + " p50", small + " p90", "n", large + " p50", large + " p90", "n", "p50 ratio");
        for (String query : few.keySet()) {
            double[] a = few.get(query);
            double[] b = many.get(query);
            System.out.printf("%-60s %12.1f %12.1f %6.0f %12.1f %12.1f %6.0f %9.2f%n", query, a[0], a[1], a[2], b[0], b[1],
                    b[2], b[0] / a[0]);
        }
        app.close();
    }

    private void deploy() {
        // the start form declares the bench's own variables, which are not in the process contract
        BpmnModelInstance model = Bpmn.createExecutableProcess("bench-open-task").name("基准待办")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .camundaFormField().camundaId("group").camundaType("string").camundaFormFieldDone()
                .camundaFormField().camundaId("due").camundaType("date").camundaFormFieldDone()
                .userTask("Open").name("基准待办").camundaCandidateGroups("${group}").camundaDueDate("${due}")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance("bench-open-task.bpmn", model).deploy();
    }

    /** Starts the processes {@code from}..{@code to - 1} in batches of one transaction each, on a few threads. */
    private void createTasks(int from, int to, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> batches = new ArrayList<>();
        RuntimeService runtime = engine.getRuntimeService();
        for (int batch = from; batch < to; batch += BATCH) {
            int first = batch;
            int last = Math.min(to, batch + BATCH);
            batches.add(pool.submit(() -> transaction.executeWithoutResult(status -> {
                for (int i = first; i < last; i++) {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("due", new Date(System.currentTimeMillis() + (i % 60) * 86_400_000L));
                    variables.put("title", "基准待办 " + i);
                    if (i % 10 == 0) {
                        variables.put("group", Groups.SOCIETY_AFFAIRS);
                    } else {
                        // every application's process carries its society's code, which the home page looks for
                        variables.put("group", Groups.ofSociety("BQ" + i / 10));
                        variables.put("societyCode", "BQ" + i / 10);
                    }
                    runtime.startProcessInstanceByKey("bench-open-task", "BQ-" + i, variables);
                }
            })));
        }
        for (Future<?> batch : batches) {
            batch.get();
        }
        pool.shutdown();
    }

    private Map<String, double[]> measure() throws Exception {
        CurrentUser society = new CurrentUser("bench-" + SOCIETY, SOCIETY, Set.of(Groups.ofSociety(SOCIETY)), SOCIETY);
        FilterService filters = engine.getFilterService();
        TaskService tasks = engine.getTaskService();
        IdentityService identity = engine.getIdentityService();
        HttpRequest home = HttpRequest.newBuilder(URI.create(homePage)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("affairs:affairs".getBytes(StandardCharsets.UTF_8))).GET().build();

        Map<String, double[]> figures = new LinkedHashMap<>();
        // the engine checks authorizations with a join when no revoke exists ("auto") or row by row ("always")
        for (String revokes : List.of("auto", "always")) {
            figures.put("Tasklist 学会部待办: page of 15 + count, revokes " + revokes, time(() -> {
                configuration.setAuthorizationCheckRevokes(revokes);
                identity.setAuthentication(BenchApp.AFFAIRS.userId(), List.copyOf(BenchApp.AFFAIRS.groups()));
                try {
                    filters.listPage(affairsFilter, tasks.createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
                    filters.count(affairsFilter);
                } finally {
                    identity.clearAuthentication();
                    configuration.setAuthorizationCheckRevokes(configured);
                }
            }));
        }
        figures.put("portal open tasks of a society (its 9)", time(() -> portalTasks.openTasks(society)));
        figures.put("portal applications of a society (its 9)", time(() -> portalApplications.of(society)));
        figures.put("portal open tasks of 学会部 (first 50)", time(() -> portalTasks.openTasks(BenchApp.AFFAIRS)));
        figures.put("GET / as 学会部 (home page over HTTP)", time(() -> {
            HttpResponse<byte[]> response = http.send(home, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET / answered " + response.statusCode());
            }
        }));
        return figures;
    }

    interface Query {
        void run() throws Exception;
    }

    /**
     * Median and 90th percentile in ms of the query, after a few runs that warm the caches up. A query that has grown
     * to seconds is run fewer times (at least {@link #MIN_RUNS}, and no more once {@link #BUDGET_NANOS} are spent),
     * so that the largest runs end the same day; the number of runs is printed with it.
     */
    private double[] time(Query query) throws Exception {
        long warmUp = System.nanoTime();
        for (int i = 0; i < 5 && System.nanoTime() - warmUp < BUDGET_NANOS / 6; i++) {
            query.run();
        }
        List<Double> millis = new ArrayList<>();
        long start = System.nanoTime();
        while (millis.size() < repetitions && (millis.size() < MIN_RUNS || System.nanoTime() - start < BUDGET_NANOS)) {
            long run = System.nanoTime();
            query.run();
            millis.add(BenchApp.millis(System.nanoTime() - run));
        }
        Collections.sort(millis);
        return new double[] {millis.get(millis.size() / 2), millis.get(millis.size() * 9 / 10), millis.size()};
    }
}
