package org.societyflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Predicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic authentication of {@code /engine-rest}, except that an account still awaiting the
 * confirmation of its e-mail address is refused like a wrong password (401), as in the portal and the JSON API,
 * and an account locked after failed logins is answered 423 with the same problem body as the JSON API
 * ({@link LockedAccountProblem}) instead of a silent 401. The password itself is checked by the identity service,
 * which counts the failures. Camunda's filter creates its provider by class name; this one takes ours once the
 * filter is initialised.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

    private static final String BASIC = "Basic ";

    private final Predicate<String> awaitsConfirmation;
    private final LoginLocks loginLocks;
    private final LockedAccountProblem lockedAccount;

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        super.init(filterConfig);
        authenticationProvider = new ConfirmedAccountsOnly(awaitsConfirmation);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<LoginLocks.Lock> lock = basicUser((HttpServletRequest) request).flatMap(loginLocks::lockOf);
        if (lock.isPresent()) {
            lockedAccount.write((HttpServletRequest) request, (HttpServletResponse) response, lock.get().until());
            return;
        }
        super.doFilter(request, response, chain);
    }

    /** The user named in an HTTP Basic header, as Camunda's provider reads it. */
    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(BASIC)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    static class ConfirmedAccountsOnly extends HttpBasicAuthenticationProvider {

        private final Predicate<String> awaitsConfirmation;

        ConfirmedAccountsOnly(Predicate<String> awaitsConfirmation) {
            this.awaitsConfirmation = awaitsConfirmation;
        }

        @Override
        protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
            return super.isAuthenticated(engine, userName, password) && !awaitsConfirmation.test(userName);
        }
    }
}
