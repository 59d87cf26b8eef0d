package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestProcesses;
import org.societyflow.support.TestSocieties;
import org.societyflow.workflow.ApplicationProgress;
import org.societyflow.workflow.ProcessProgressService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A society reads where its application stands while a reviewer completes the step it waits at (the two-node drill
 * saw a 500 there once): every read succeeds and shows one consistent state — the step before or the step after, and
 * a finished application without open steps.
 */
@IntegrationTest
class ProgressReadRaceIT {

    static final int ROUNDS = 30;

    @Autowired
    ProcessProgressService progress;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void readingAnApplicationWhileItsStepsAreCompletedAlwaysShowsOneState() throws Exception {
        String key = deployTwoStepProcess();
        List<String> reads = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String businessKey = TestSocieties.uniqueCode("RACE-");
            runtimeService.startProcessInstanceByKey(key, businessKey);
            AtomicBoolean reviewing = new AtomicBoolean(true);
            CountDownLatch reading = new CountDownLatch(1);
            CompletableFuture<List<String>> reader = CompletableFuture.supplyAsync(() -> {
                List<String> seen = new ArrayList<>();
                do {
                    seen.add(state(progress.progress(businessKey)));
                    reading.countDown();
                } while (reviewing.get());
                return seen;
            });
            try {
                reading.await(30, TimeUnit.SECONDS);
                for (String step : List.of("Check", "Approve")) {
                    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                            .taskDefinitionKey(step).singleResult();
                    taskService.complete(task.getId());
                }
            } finally {
                reviewing.set(false);
            }
            reads.addAll(reader.get());
            assertThat(state(progress.progress(businessKey))).isEqualTo("ended");
        }
        assertThat(reads).as("every read during the reviews")
                .allMatch(state -> List.of("at Check", "at Approve", "ended").contains(state));
        assertThat(new HashSet<>(reads)).as("the reads overlapped the reviews").hasSizeGreaterThan(1);
    }

    private static String state(ApplicationProgress application) {
        if (application.ended()) {
            return application.current().isEmpty() ? "ended" : "ended with open steps " + application.current();
        }
        return application.current().size() == 1 ? "at " + application.current().get(0).activityId()
                : "open steps " + application.current();
    }

    private String deployTwoStepProcess() {
        String key = TestSocieties.uniqueCode("race-");
        String bpmn = TestProcesses.twoSteps(key, "学会部审核", "");
        repositoryService.createDeployment().name(key).addString(key + ".bpmn", bpmn).deploy();
        return key;
    }
}
