package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.identity.Groups;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestProcesses;
import org.societyflow.support.TestSocieties;
import org.societyflow.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two reviewers of 学会部 claim the same task in Tasklist at the same moment, many times over: exactly one wins,
 * the other gets a 409 with a message Tasklist shows, and the task is the winner's.
 */
@IntegrationTest
class ConcurrentClaimIT {

    static final int ROUNDS = 30;

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void exactlyOneOfTwoSimultaneousClaimsWins() throws Exception {
        String key = deployReviewProcess();
        Api first = Api.as(port, reviewer(), "pw");
        Api second = Api.as(port, reviewer(), "pw");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String taskId = openTask(key);
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<Api.Response> a = CompletableFuture.supplyAsync(() -> claim(first, taskId, together), pool);
                CompletableFuture<Api.Response> b = CompletableFuture.supplyAsync(() -> claim(second, taskId, together), pool);
                List<Api.Response> answers = List.of(a.get(), b.get());

                assertThat(answers).extracting(Api.Response::status).as("round %d", round).containsExactlyInAnyOrder(204, 409);
                Api.Response lost = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
                assertThat(lost.body().get("message").asText()).contains("已被");
                String winner = answers.get(0).status() == 204 ? first.user() : second.user();
                assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void completingATaskAnotherReviewerCompletedIsA404WithAMessage() {
        String taskId = openTask(deployReviewProcess());
        Api first = Api.as(port, reviewer(), "pw");
        Api second = Api.as(port, reviewer(), "pw");
        assertThat(first.completeTask(taskId, Map.of()).status()).isEqualTo(204);

        Api.Response late = second.completeTask(taskId, Map.of());
        assertThat(late.status()).isEqualTo(404);
        assertThat(late.body().get("message").asText()).contains("已不存在");
    }

    /**
     * Two reviewers complete the same task at the same moment, and the process goes on to a step with a boundary timer
     * (a new scope): one completes it, the other is refused with a message — the task is gone (404), was just handled
     * (409), or its candidate links were already deleted when the engine checked them (403) — never a 500 (the two-node
     * drill met "cannot signal execution: it has no current activity").
     */
    @Test
    void twoSimultaneousCompletionsOfOneTaskAreOneSuccessAndOneRefusal() throws Exception {
        String key = deployReviewProcess("""
                <bpmn:userTask id="Filing" name="报送登记" camunda:candidateGroups="society-affairs"/>
                <bpmn:boundaryEvent id="Reminder" name="提醒" cancelActivity="false" attachedToRef="Filing">
                  <bpmn:timerEventDefinition><bpmn:timeDuration>P30D</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:sequenceFlow id="F3" sourceRef="Filing" targetRef="Done"/>
                <bpmn:endEvent id="Done" name="办结"/>
                """, "Filing");
        Api first = Api.as(port, reviewer(), "pw");
        Api second = Api.as(port, reviewer(), "pw");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<Integer, Integer> outcomes = new java.util.TreeMap<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String taskId = openTask(key);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Api.Response> answers = List.of(
                                CompletableFuture.supplyAsync(() -> complete(first, taskId, together), pool),
                                CompletableFuture.supplyAsync(() -> complete(second, taskId, together), pool))
                        .stream().map(CompletableFuture::join).toList();
                assertThat(answers).extracting(Api.Response::status).as("round " + round)
                        .containsOnlyOnce(204).allMatch(status -> status == 204 || status == 403 || status == 404 || status == 409);
                answers.stream().filter(a -> a.status() != 204)
                        .forEach(a -> assertThat(a.body().get("message").asText()).isNotBlank());
                answers.forEach(a -> outcomes.merge(a.status(), 1, Integer::sum));
            }
        } finally {
            pool.shutdownNow();
            System.out.println("[simultaneous completions] answers by status " + outcomes);
        }
    }

    private static Api.Response complete(Api reviewer, String taskId, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reviewer.completeTask(taskId, Map.of());
    }

    private static Api.Response claim(Api reviewer, String taskId, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reviewer.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", reviewer.user()));
    }

    private String openTask(String key) {
        String instance = runtimeService.startProcessInstanceByKey(key, TestSocieties.uniqueCode("CLAIM-")).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        return task.getId();
    }

    private String reviewer() {
        String id = TestSocieties.uniqueCode("rev");
        User user = identityService.newUser(id);
        user.setPassword("pw");
        TestUsers.save(identityService, user);
        identityService.createMembership(id, Groups.SOCIETY_AFFAIRS);
        return id;
    }

    private String deployReviewProcess() {
        return deployReviewProcess("<bpmn:endEvent id=\"End\" name=\"结束\"/>\n", "End");
    }

    /** 学会部审核, then {@code next} (elements whose first is {@code nextId}). */
    private String deployReviewProcess(String next, String nextId) {
        String key = TestSocieties.uniqueCode("claim-");
        String bpmn = TestProcesses.of(key, "并发领取测试", """
                <bpmn:startEvent id="Start" name="开始"/>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Check"/>
                <bpmn:userTask id="Check" name="学会部审核" camunda:candidateGroups="society-affairs"/>
                <bpmn:sequenceFlow id="F2" sourceRef="Check" targetRef="%s"/>
                """.formatted(nextId) + next);
        assertThat(Api.as(port, "admin", "admin").post("/api/v1/models/deployments",
                Map.of("resources", Map.of(key + ".bpmn", bpmn))).status()).isLessThan(300);
        return key;
    }
}
