package org.societyflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.societyflow.shared.ProcessVariables;

/** A reviewer task starts a new round: no decision or opinion of an earlier round or of a parallel review shows. */
public final class ReviewRound {

    private ReviewRound() {
    }

    public static void begin(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        execution.removeVariable(ProcessVariables.DECISION.name());
        execution.removeVariable(ProcessVariables.OPINION.name());
        if (execution instanceof ExecutionEntity entity && entity.isConcurrent()) {
            // beside another review (a parallel branch): its own decision and opinion, so the one completed second
            // neither shows nor inherits the first one's; they end with the branch, where no gateway reads them
            execution.setVariableLocal(ProcessVariables.DECISION.name(), null);
            execution.setVariableLocal(ProcessVariables.OPINION.name(), null);
        }
    }
}
