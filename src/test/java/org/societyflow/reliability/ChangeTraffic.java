package org.societyflow.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.societyflow.support.Api;

/**
 * A realistic load on one or more nodes: the secretariats of four societies each open, fill in and submit 变更 of
 * their address and of their registered funds, one after the other; two 学会部 reviewers approve whatever waits in
 * Tasklist (through {@code /engine-rest}, as Tasklist does), often the same task at once; after the approval the
 * society records its 民政局 filing, sometimes late enough for the filing's reminder and overdue timers to fire.
 * Each request goes to a node picked at random, as a load balancer without sticky sessions would. What the app
 * acknowledged (answered 2xx) is recorded, and every answer is counted by status.
 */
final class ChangeTraffic {

    static final List<String> SOCIETIES = List.of("whcs", "whma", "whas", "whnss");
    static final List<String> ITEMS = List.of("ADDRESS", "FUNDS");
    /** Answers that were no HTTP answer at all (the node died under the request). */
    static final int NO_ANSWER = -1;

    final Set<Long> created = ConcurrentHashMap.newKeySet();
    final Set<Long> submitted = ConcurrentHashMap.newKeySet();
    final Set<Long> filed = ConcurrentHashMap.newKeySet();
    final Set<String> reviewed = ConcurrentHashMap.newKeySet();
    final Map<Integer, AtomicInteger> answers = new ConcurrentSkipListMap<>();
    /** Answers 5xx and 4xx without a body: each a failure of the app, with what was asked. */
    final List<String> faults = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger retriedConflicts = new AtomicInteger();

    private final List<Integer> ports;
    private final Duration filingDelay;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    /** {@code filingDelay}: the longest a society waits after the approval before it files. */
    ChangeTraffic(List<Integer> ports, Duration filingDelay) {
        this.ports = ports;
        this.filingDelay = filingDelay;
    }

    ChangeTraffic start() {
        running = true;
        for (String society : SOCIETIES) {
            for (String item : ITEMS) {
                threads.add(started(new Thread(() -> society(society, item), society + "-" + item)));
            }
        }
        for (int i = 0; i < 2; i++) {
            threads.add(started(new Thread(this::reviewer, "reviewer-" + i)));
        }
        return this;
    }

    private static Thread started(Thread thread) {
        thread.start();
        return thread;
    }

    /** Stops every client and waits for the requests in flight. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(30_000);
        }
    }

    void awaitAcknowledged(int submissions, int reviews, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while ((submitted.size() < submissions || reviewed.size() < reviews) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
    }

    /** What the app had acknowledged so far, copied: what a backup taken now must hold. */
    record Acknowledged(Set<Long> created, Set<Long> submitted, Set<Long> filed, Set<String> reviewed) {
    }

    Acknowledged acknowledged() {
        return new Acknowledged(Set.copyOf(created), Set.copyOf(submitted), Set.copyOf(filed), Set.copyOf(reviewed));
    }

    String summary() {
        return "created " + created.size() + ", submitted " + submitted.size() + ", reviewed " + reviewed.size()
                + ", filed " + filed.size() + "; answers by status " + answers + ", 409 retried " + retriedConflicts;
    }

    /** A secretariat that retries the same form until the app acknowledges it, as a user would. */
    private void society(String code, String item) {
        String user = "soc-" + code;
        int round = 0;
        Long id = null;
        while (running) {
            if (id == null) {
                round++;
                id = call(api -> api.post("/api/v1/changes", null), user).map(r -> r.body().get("id").asLong()).orElse(null);
                if (id == null) {
                    pause();
                    continue;
                }
                created.add(id);
            }
            String path = "/api/v1/changes/" + id;
            Map<String, Object> request = Map.of("reason", "压力测试 " + round,
                    "items", List.of(Map.of("field", item, "newValue", newValue(item, round))));
            if (call(api -> api.put(path + "/request", request), user).isEmpty()
                    || call(api -> api.post(path + "/request/submit", null), user).isEmpty()) {
                pause();
                continue;
            }
            submitted.add(id);
            if (!awaitStatus(user, path, "APPROVED")) {
                continue;
            }
            sleep(Duration.ofMillis(ThreadLocalRandom.current().nextLong(filingDelay.toMillis() + 1)));
            Map<String, Object> filing = Map.of("filedOn", LocalDate.now().toString(), "certificateNo", "鄂民社证字第" + round + "号");
            while (running) {
                if (call(api -> api.put(path + "/filing", filing), user).isPresent()
                        && call(api -> api.post(path + "/filing/submit", null), user).isPresent()) {
                    filed.add(id);
                    break;
                }
                pause();
            }
            id = null;
        }
    }

    /**
     * Takes every open 变更 to its end through the API, as the users would after the drill: files the approved, approves
     * the submitted, fills in and submits the drafts (a draft waits for the pass after the open 变更 of the same item).
     */
    void finishOpenChanges(DrillDatabase db) throws Exception {
        running = true;
        for (int pass = 0; pass < 10; pass++) {
            List<String> open = db.strings("select concat(c.id, ' ', c.status, ' ', s.code, ' ', c.process_instance_id)"
                    + " from change_request c join society s on s.id = c.society_id where c.status <> 'FILED'");
            if (open.isEmpty()) {
                break;
            }
            for (String row : open) {
                String[] change = row.split(" ");
                long id = Long.parseLong(change[0]);
                String path = "/api/v1/changes/" + id;
                String society = "soc-" + change[2];
                switch (change[1]) {
                    case "APPROVED" -> {
                        Map<String, Object> filing = Map.of("filedOn", LocalDate.now().toString(), "certificateNo", "鄂民社证字第" + id + "号");
                        call(api -> api.put(path + "/filing", filing), society);
                        call(api -> api.post(path + "/filing/submit", null), society);
                    }
                    case "SUBMITTED" -> {
                        String task = db.strings("select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?", change[3]).get(0);
                        call(api -> api.completeTask(task, Map.of("decision", "approve", "opinion", "同意")), "affairs");
                    }
                    default -> {
                        String item = ITEMS.get((int) ((id + pass) % ITEMS.size()));
                        Map<String, Object> request = Map.of("reason", "压力测试收尾",
                                "items", List.of(Map.of("field", item, "newValue", newValue(item, pass))));
                        call(api -> api.put(path + "/request", request), society);
                        call(api -> api.post(path + "/request/submit", null), society);
                    }
                }
            }
        }
        running = false;
    }

    private static String newValue(String item, int round) {
        return item.equals("ADDRESS") ? "武汉市江汉区压力测试路" + round + "号" + ThreadLocalRandom.current().nextInt(1000)
                : String.valueOf(100_000 + round * 10 + ThreadLocalRandom.current().nextInt(10));
    }

    private boolean awaitStatus(String user, String path, String status) {
        while (running) {
            Optional<Api.Response> change = call(api -> api.get(path), user);
            if (change.isPresent() && change.get().body().get("status").asText().equals(status)) {
                return true;
            }
            pause();
        }
        return false;
    }

    private void reviewer() {
        while (running) {
            Optional<Api.Response> open = call(api -> api.get(
                    "/engine-rest/task?processDefinitionKey=society-change&taskDefinitionKey=AffairsReview&maxResults=5"), "affairs");
            JsonNode tasks = open.map(Api.Response::body).orElse(null);
            if (tasks == null || tasks.isEmpty()) {
                pause();
                continue;
            }
            String taskId = tasks.get(ThreadLocalRandom.current().nextInt(tasks.size())).get("id").asText();
            Map<String, Object> decision = Map.of("decision", "approve", "opinion", "同意");
            call(api -> api.completeTask(taskId, decision), "affairs", false).ifPresent(r -> reviewed.add(taskId));
        }
    }

    /**
     * One request as {@code user} to a random node; empty unless it was acknowledged. A society retries a 409 (its
     * request met another change of the same rows), as a user would after reloading.
     */
    private Optional<Api.Response> call(Function<Api, Api.Response> request, String user) {
        return call(request, user, true);
    }

    private Optional<Api.Response> call(Function<Api, Api.Response> request, String user, boolean retryConflicts) {
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = ports.get(ThreadLocalRandom.current().nextInt(ports.size()));
            Api.Response response;
            try {
                response = request.apply(Api.as(port, user, user));
            } catch (IllegalStateException noAnswer) {
                count(NO_ANSWER);
                return Optional.empty();
            }
            count(response.status());
            if (response.status() >= 500 || response.status() >= 400 && response.text().isBlank()) {
                faults.add(user + " on " + port + ": " + response.status() + " " + response.text());
            }
            if (response.status() < 300) {
                return Optional.of(response);
            }
            if (response.status() != 409 || !retryConflicts || !running) {
                return Optional.empty();
            }
            retriedConflicts.incrementAndGet();
        }
        return Optional.empty();
    }

    private void count(int status) {
        answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    private void pause() {
        sleep(Duration.ofMillis(300));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
