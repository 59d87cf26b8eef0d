package org.societyflow.identity;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import java.util.function.Predicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic authentication of {@code /engine-rest}, except that an account still awaiting the
 * confirmation of its e-mail address is refused like a wrong password (401), as in the portal and the JSON API.
 * Camunda's filter creates its provider by class name; this one takes ours once the filter is initialised.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

    private final Predicate<String> awaitsConfirmation;

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        super.init(filterConfig);
        authenticationProvider = new ConfirmedAccountsOnly(awaitsConfirmation);
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
