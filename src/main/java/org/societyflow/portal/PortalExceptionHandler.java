package org.societyflow.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ConcurrentUpdates;
import org.societyflow.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Portal pages answer a missing or foreign record with 404, a forbidden action with 403, a refused one with 409. */
@ControllerAdvice(annotations = Controller.class)
// before Spring Boot's problem-details advice, which would answer a portal page's missing parameter with JSON; after
// the API's advice, which this one also matches (a @RestController is a @Controller) and handles the same exceptions
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PortalExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return error(response, model, 404, "error.notFound", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        return error(response, model, 403, "error.forbidden", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        return error(response, model, 413, "attachment.tooLarge", null);
    }

    /** A form posted with a hidden field missing or altered: the portal's page, not the API's problem document. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badParameter(HttpServletResponse response, Model model) {
        return error(response, model, 400, "error.unreadable", null);
    }

    @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockingException.class, TaskAlreadyClaimedException.class})
    String concurrent(HttpServletResponse response, Model model) {
        return error(response, model, 409, "error.concurrentUpdate", null);
    }

    /** A deadlock the database broke by rolling this request back arrives wrapped in the engine's exception. */
    @ExceptionHandler(ProcessEnginePersistenceException.class)
    String engine(ProcessEnginePersistenceException e, HttpServletResponse response, Model model) {
        if (!ConcurrentUpdates.causedBy(e)) {
            throw e;
        }
        return concurrent(response, model);
    }

    @ExceptionHandler(BusinessRuleException.class)
    String refused(BusinessRuleException e, HttpServletResponse response, Model model) {
        return error(response, model, 409, e.getMessageKey(), e.getArguments());
    }

    private static String error(HttpServletResponse response, Model model, int status, String key, Object[] args) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", key);
        model.addAttribute("messageArgs", args);
        return "portal/error";
    }
}
