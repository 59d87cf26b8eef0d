package org.societyflow.workflow;

/**
 * Implemented by each process feature: whether the society has submitted, through the portal, what a
 * society task asks for. {@link SocietyTaskGuard} asks it before any society task may complete.
 */
public interface SubmissionCheck {

    /** The process definition key this check answers for. */
    String processDefinitionKey();

    /** Whether the task {@code taskDefinitionKey} of the application {@code businessKey} may complete. */
    boolean isSubmitted(String businessKey, String taskDefinitionKey);
}
