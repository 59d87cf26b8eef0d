package org.societyflow.workflow;

import java.util.List;
import java.util.Map;
import org.societyflow.society.Society;

/**
 * A process whose cases, already running on paper when SocietyFlow goes live, an admin enters at the step they have
 * reached (迁入, docs/RULES.md): the feature stores the application row as its process would have it before that step
 * and answers the variables the process would have set by then; {@link CaseEntries} starts the engine there.
 *
 * @param <D> what the admin enters about the case (the feature's own form, as the JSON {@code data})
 */
public interface CaseEntry<D> {

    /** The process key, as {@link SubmissionCheck#processDefinitionKey()}. */
    String processDefinitionKey();

    /** The application number's prefix. */
    String keyPrefix();

    /** The user tasks a case may enter at, in the order the process reaches them. */
    List<String> entrySteps();

    /** The type of the case's data. */
    Class<D> dataType();

    /** Whether the society has a case of this kind that has not ended. */
    boolean hasOpenCase(Long societyId);

    /**
     * Checks the data the step needs (field errors under the data's own names, as its society forms use them), then
     * stores the row under {@code applicationNo} with the status the process would have given it, all in the caller's
     * transaction; answers the process variables of the typed contract the process has before the step.
     */
    Map<String, Object> enter(Society society, String stepId, D data, String applicationNo, String by);

    /** The engine has started the case: the row learns its process instance. */
    void started(String applicationNo, String processInstanceId);
}
