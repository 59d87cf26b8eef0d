package org.societyflow.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registering an initiator (学会发起人) account over JSON; no login and no CSRF token needed. */
@RestController
@RequestMapping("/api/v1/registrations")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistrationApiController {

    private static final Logger log = LoggerFactory.getLogger(RegistrationApiController.class);

    private final RegistrationService registrations;
    private final MessageSource messages;

    /**
     * Registers an initiator account with the fields of the portal's form (userId, name, email, phone, employer,
     * password, confirmPassword). 201 with the user id and whether the account must first confirm its e-mail
     * address (then a mail with the link is on its way and logging in is refused until the link is followed);
     * 400 with the field errors; 503 when the confirmation mail cannot be sent, and nothing is stored.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RegistrationService.Registered register(@RequestBody RegistrationForm form) {
        return registrations.register(form);
    }

    @ExceptionHandler(RegistrationMailException.class)
    ProblemDetail mailFailed(RegistrationMailException e) {
        log.warn("Registration refused: {}", e.getMessage(), e.getCause());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("registration.mailFailed", null, LocaleContextHolder.getLocale()));
    }
}
