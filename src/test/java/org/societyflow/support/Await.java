package org.societyflow.support;

import java.time.Duration;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Waits for what the job executor does in the background (asynchronous continuations, timers). */
public final class Await {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Await() {
    }

    public static <T> T until(String what, Supplier<T> probe) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out after " + TIMEOUT + " waiting for " + what);
    }

    /** The open task of the step of the process with the business key, once the process has reached it. */
    public static Task task(TaskService tasks, String businessKey, String definitionKey) {
        return until(definitionKey + " of " + businessKey, () -> tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey).singleResult());
    }
}
