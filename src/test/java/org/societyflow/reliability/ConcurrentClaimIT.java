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
        identityService.saveUser(user);
        identityService.createMembership(id, Groups.SOCIETY_AFFAIRS);
        return id;
    }

    private String deployReviewProcess() {
        String key = TestSocieties.uniqueCode("claim-");
        String bpmn = TestProcesses.of(key, "并发领取测试", """
                <bpmn:startEvent id="Start" name="开始"/>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Check"/>
                <bpmn:userTask id="Check" name="学会部审核" camunda:candidateGroups="society-affairs"/>
                <bpmn:sequenceFlow id="F2" sourceRef="Check" targetRef="End"/>
                <bpmn:endEvent id="End" name="结束"/>
                """);
        assertThat(Api.as(port, "admin", "admin").post("/api/v1/models/deployments",
                Map.of("resources", Map.of(key + ".bpmn", bpmn))).status()).isLessThan(300);
        return key;
    }
}
