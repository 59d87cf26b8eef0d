package org.societyflow.portal;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API as the starter configures it, plus our answers to conflicts (see {@link EngineConflicts}). */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(EngineConflicts.AlreadyClaimed.class);
        register(EngineConflicts.ConcurrentUpdate.class);
        register(EngineConflicts.LockedRows.class);
        register(EngineConflicts.ConflictInRest.class);
        register(EngineConflicts.TaskGone.class);
        register(EngineConflicts.ExecutionMoved.class);
        register(EngineConflicts.ConflictInEngine.class);
    }
}
