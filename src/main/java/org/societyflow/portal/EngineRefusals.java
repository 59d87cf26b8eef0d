package org.societyflow.portal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * A step's refusal (docs/ARCHITECTURE.md §4): a task listener or a service task of the step threw a
 * {@link FormFieldValidationException} — no decision, an opinion too long, a grade changed without a reason, an
 * invalid credit code, a score of 101. The engine wraps what a listener or an expression throws in a
 * ProcessEngineException ("ENGINE-03051 There was an exception while invoking the TaskListener …"), which the REST API
 * answers with 500 and the engine's wording, as if the server had failed. It is the user's input: a 400 whose message
 * is the refusal's own, which Tasklist shows in its notification, in the body Camunda's clients expect.
 */
final class EngineRefusals {

    private EngineRefusals() {
    }

    /** The refusal among an exception's causes, or null. */
    static FormFieldValidationException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException refusal) {
                return refusal;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    abstract static class Refused<T extends RuntimeException> implements ExtendedExceptionMapper<T> {
        @Override
        public boolean isMappable(T e) {
            return refusal(e) != null;
        }

        @Override
        public Response toResponse(T e) {
            ExceptionDto body = new ExceptionDto();
            body.setType(InvalidRequestException.class.getSimpleName());
            body.setMessage(refusal(e).getMessage());
            return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
    }

    /** Completing a task or submitting its form: the REST API wraps the engine's failure. */
    @Priority(Priorities.USER - 100)
    static class RefusedInRest extends Refused<RestException> {
    }

    /** Elsewhere (starting a process with a start form, say): the engine's failure as it is. */
    @Priority(Priorities.USER - 100)
    static class RefusedInEngine extends Refused<ProcessEngineException> {
    }
}
