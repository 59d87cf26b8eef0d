package org.societyflow.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ConcurrentUpdates;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every error of the JSON API as application/problem+json; field errors under {@code errors}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiExceptionHandler {

    private final MessageSource messages;

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getFieldErrors().forEach((field, key) -> errors.put(field, text(key)));
        return problem(HttpStatus.BAD_REQUEST, text("error.invalidInput"), errors);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(),
                messages.getMessage(f, LocaleContextHolder.getLocale())));
        return problem(HttpStatus.BAD_REQUEST, text("error.invalidInput"), errors);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ProblemDetail unreadable(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, text("error.unreadable"), Map.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, text("attachment.tooLarge"), Map.of("file", text("attachment.tooLarge")));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ProblemDetail badMultipart(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, text("attachment.empty"), Map.of("file", text("attachment.empty")));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, text("error.notFound"), Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, text("error.forbidden"), Map.of());
    }

    /** Two tabs, a retried request or two reviewers at once: the loser's transaction rolled back and nothing was written. */
    @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockingException.class, TaskAlreadyClaimedException.class})
    ProblemDetail concurrent(Exception e) {
        return problem(HttpStatus.CONFLICT, text("error.concurrentUpdate"), Map.of());
    }

    /** A deadlock the database broke by rolling this request back arrives wrapped in the engine's exception. */
    @ExceptionHandler(ProcessEnginePersistenceException.class)
    ProblemDetail engine(ProcessEnginePersistenceException e) {
        if (!ConcurrentUpdates.causedBy(e)) {
            throw e;
        }
        return concurrent(e);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail conflict(BusinessRuleException e) {
        String detail = messages.getMessage(e.getMessageKey(), e.getArguments(), e.getMessageKey(),
                LocaleContextHolder.getLocale());
        return problem(HttpStatus.CONFLICT, detail,
                e.getField() == null ? Map.of() : Map.of(e.getField(), detail));
    }

    private ProblemDetail problem(HttpStatus status, String detail, Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private String text(String keyOrMessage) {
        return messages.getMessage(keyOrMessage, null, keyOrMessage, LocaleContextHolder.getLocale());
    }
}
