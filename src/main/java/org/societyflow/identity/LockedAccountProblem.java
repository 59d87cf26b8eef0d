package org.societyflow.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.shared.DisplayTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What a locked account is told, in the portal and in the APIs: locked (and until when, if the lock lifts by
 * itself), not "wrong password". The APIs answer 423 Locked with a problem body, so a client can tell the two apart.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LockedAccountProblem {

    private final MessageSource messages;
    private final DisplayTime displayTime;
    private final ObjectMapper objectMapper;
    private final LocaleResolver localeResolver;

    /** The sentence for the login page. */
    public String message(Instant until) {
        return message(until, LocaleContextHolder.getLocale());
    }

    /** The problem body; the security filters run before Spring MVC has set the request's locale. */
    void write(HttpServletRequest request, HttpServletResponse response, Instant until) throws IOException {
        String detail = message(until, localeResolver.resolveLocale(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.LOCKED, detail);
        problem.setProperty("code", "account-locked");
        if (until != null) {
            problem.setProperty("lockedUntil", until.toString());
        }
        response.setStatus(HttpStatus.LOCKED.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    private String message(Instant until, Locale locale) {
        return until == null
                ? messages.getMessage("login.locked", null, locale)
                : messages.getMessage("login.lockedUntil", new Object[] {displayTime.minute(until)}, locale);
    }
}
