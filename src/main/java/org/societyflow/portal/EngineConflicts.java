package org.societyflow.portal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.pvm.PvmException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.societyflow.shared.ConcurrentUpdates;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Two reviewers who claim or complete the same task at once: the engine refuses the second with
 * {@link TaskAlreadyClaimedException} (the first had committed) or {@link OptimisticLockingException} (both were in
 * flight), which its REST API answers with 500 as if the server had failed. It is a conflict the user resolves by
 * reloading, so it is a 409 with a message Tasklist shows in its notification, in the body Camunda's clients expect.
 * The same holds for a deadlock or a lock not granted in the database ({@link ConcurrentUpdates}), which the engine
 * REST API reports as a 500 too: wrapped in a {@link RestException} when it completes a task, raw when a delegate's
 * repository met it.
 */
final class EngineConflicts {

    private static final String CONCURRENT_UPDATE =
            "该任务已被其他用户同时处理（已被更新），请刷新后重试。(Updated by someone else at the same time: reload and retry.)";

    private EngineConflicts() {
    }

    static class AlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {
        @Override
        public Response toResponse(TaskAlreadyClaimedException e) {
            return conflict(e, "该任务已被 " + e.getTaskAssignee() + " 领取，请刷新任务列表。(Task already claimed by "
                    + e.getTaskAssignee() + ".)");
        }
    }

    static class ConcurrentUpdate implements ExceptionMapper<OptimisticLockingException> {
        @Override
        public Response toResponse(OptimisticLockingException e) {
            return conflict(e, CONCURRENT_UPDATE);
        }
    }

    static class LockedRows implements ExceptionMapper<ConcurrencyFailureException> {
        @Override
        public Response toResponse(ConcurrencyFailureException e) {
            return conflict(e, CONCURRENT_UPDATE);
        }
    }

    /**
     * Only for the conflicts among these failures; Camunda's own handlers answer the others. Jersey takes the first
     * mapper of an exception's exact type it finds, so these come before Camunda's (a lower priority number).
     */
    abstract static class WrappedConflict<T extends RuntimeException> implements ExtendedExceptionMapper<T> {
        @Override
        public boolean isMappable(T e) {
            return ConcurrentUpdates.causedBy(e);
        }

        @Override
        public Response toResponse(T e) {
            return conflict(e, CONCURRENT_UPDATE);
        }
    }

    /**
     * Completing a task another reviewer completed a moment before: the engine finds no task and the REST API answers
     * 500 as for a fault; the task is gone, a 404 with a message that says so.
     */
    @Priority(Priorities.USER - 100)
    static class TaskGone implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException e) {
            return e.getCause() instanceof NullValueException && !ConcurrentUpdates.causedBy(e);
        }

        @Override
        public Response toResponse(RestException e) {
            ExceptionDto body = ExceptionHandlerHelper.getInstance().fromException(e);
            body.setMessage("该任务已不存在（可能已被他人办理），请刷新任务列表。(The task is no longer open: someone else may have completed it.)");
            return Response.status(Response.Status.NOT_FOUND).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    /**
     * Completing a task another reviewer completes at the same moment, when the process goes on to a step with boundary
     * events: the engine read the task before the other transaction committed and its execution after, which by then
     * leads a new scope and has no current activity (Camunda's PvmException, a 500 in its REST API). A conflict like
     * the others: reload and see.
     */
    @Priority(Priorities.USER - 100)
    static class ExecutionMoved implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException e) {
            return e.getCause() instanceof PvmException;
        }

        @Override
        public Response toResponse(RestException e) {
            return conflict(e, CONCURRENT_UPDATE);
        }
    }

    /** Completing a task: the REST API wraps the engine's failure. */
    @Priority(Priorities.USER - 100)
    static class ConflictInRest extends WrappedConflict<RestException> {
    }

    /** Elsewhere: the engine's failure as it is (a deadlock is a ProcessEnginePersistenceException). */
    @Priority(Priorities.USER - 100)
    static class ConflictInEngine extends WrappedConflict<ProcessEngineException> {
    }

    private static Response conflict(RuntimeException e, String message) {
        ExceptionDto body = ExceptionHandlerHelper.getInstance().fromException(e);
        body.setMessage(message);
        return Response.status(Response.Status.CONFLICT).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
