package org.societyflow.portal;

import jakarta.ws.rs.ApplicationPath;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API as the starter configures it, plus our answers to conflicts (see {@link EngineConflicts}) and to
 * a step's refusals (see {@link EngineRefusals}). The webapps' own copy of the API, which Tasklist calls, answers the
 * same ({@link WebappEngineApi}).
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    /** Our exception mappers, for both copies of the engine REST API. */
    static final List<Class<?>> MAPPERS = List.of(
            EngineConflicts.AlreadyClaimed.class,
            EngineConflicts.ConcurrentUpdate.class,
            EngineConflicts.LockedRows.class,
            EngineConflicts.ConflictInRest.class,
            EngineConflicts.TaskGone.class,
            EngineConflicts.ExecutionMoved.class,
            EngineConflicts.ConflictInEngine.class,
            EngineRefusals.RefusedInRest.class,
            EngineRefusals.RefusedInEngine.class);

    @Override
    protected void registerAdditionalResources() {
        MAPPERS.forEach(this::register);
    }
}
