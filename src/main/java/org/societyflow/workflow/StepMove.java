package org.societyflow.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;

/** Moves a running instance to a step: every active step is cancelled and the target started, with the reason kept. */
public final class StepMove {

    private StepMove() {
    }

    public static void to(RuntimeService runtimeService, String instanceId, String activityId, String annotation) {
        ActivityInstance tree = runtimeService.getActivityInstance(instanceId);
        var modification = runtimeService.createProcessInstanceModification(instanceId);
        for (ActivityInstance child : tree.getChildActivityInstances()) {
            modification.cancelActivityInstance(child.getId());
        }
        modification.startBeforeActivity(activityId).setAnnotation(annotation).execute();
    }
}
