package org.societyflow.workflow;

import java.util.Map;
import java.util.Optional;

/**
 * Implemented by each process feature: whether the society has submitted, through the portal, what a
 * society task asks for. {@link SocietyTaskGuard} asks it before any society task may complete; the approval
 * operations that take an application back to a society step (退回, 补正, 撤回) reopen the step's data through it.
 */
public interface SubmissionCheck {

    /** The process definition key this check answers for. */
    String processDefinitionKey();

    /** Whether the task {@code taskDefinitionKey} of the application {@code businessKey} may complete. */
    boolean isSubmitted(String businessKey, String taskDefinitionKey);

    /**
     * The society step {@code taskDefinitionKey} is open again: its data becomes editable, as the process's own return
     * makes it. Returns the process variables the step needs before it opens (its new deadline), possibly none.
     */
    Map<String, Object> reopen(String businessKey, String taskDefinitionKey);

    /**
     * What a reviewer may ask the society to correct in the step (补正): the portal form's field names, in order, with
     * the message key of each field's label. Empty when the step has nothing to correct.
     */
    Map<String, String> correctableFields(String taskDefinitionKey);

    /**
     * The society step an application withdrawn (撤回) before it passed any society step goes back to: a process its
     * submission starts — the draft lives outside it, as a grant application's — names the step where the society edits
     * and submits again. Empty for a process that begins with the society's own step.
     */
    default Optional<String> resubmissionStep() {
        return Optional.empty();
    }

    /** Form fields whose label keys are {@code labelPrefix} + name, as most portal forms name them, in order. */
    static Map<String, String> labelled(String labelPrefix, String... names) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String name : names) {
            fields.put(name, labelPrefix + name);
        }
        return fields;
    }
}
