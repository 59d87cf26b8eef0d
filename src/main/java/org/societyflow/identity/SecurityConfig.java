package org.societyflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four doors: the engine REST API (HTTP Basic, checked by Camunda's own filter so Camunda Modeler can
 * deploy), the JSON API (session or HTTP Basic, 401 instead of a redirect), the actuator (probes open, the rest for
 * admins) and the portal with the Camunda webapps (form login; the webapps take the login over through
 * container-based authentication).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** Requests that authenticate themselves with a header are not exposed to cross-site request forgery. */
    private static final RequestMatcher SENDS_CREDENTIALS = (HttpServletRequest request) ->
            request.getHeader("Authorization") != null;

    /**
     * Anyone may register an initiator account over the JSON API. A JSON body cannot be sent cross-site without
     * CORS, and the call logs no one in, so it needs no CSRF token.
     */
    private static final RequestMatcher REGISTRATION_API =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/registrations");

    /** The Camunda webapps send their own Content-Security-Policy (SecurityHeadersSettings). */
    private static final RequestMatcher NOT_WEBAPPS = new NegatedRequestMatcher(path("/camunda/**"));

    /** Path matching independent of Spring MVC: the engine REST API and the webapps are other servlets. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/openapi/**", "/api/v1/docs/**", "/api/v1/docs").permitAll()
                        .requestMatchers(REGISTRATION_API).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SENDS_CREDENTIALS, REGISTRATION_API))
                .build();
    }

    /**
     * {@code /actuator}: the liveness and readiness probes answer anyone (a load balancer, docker) with their status
     * only; the health details, the Prometheus metrics and every other endpoint are for admins, in the browser
     * session or with HTTP Basic (a Prometheus scrape).
     */
    @Bean
    @Order(3)
    SecurityFilterChain actuator(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        return http.securityMatcher(path("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health/liveness"), path("/actuator/health/readiness")).permitAll()
                        .anyRequest().hasAuthority(Groups.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                // no login page to return to: a refused scrape opens no session (sessions live in the database)
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.ignoringRequestMatchers(SENDS_CREDENTIALS))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain portal(HttpSecurity http, TemporaryPasswords temporaryPasswords,
                                SecurityHeadersSettings headerSettings) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                                "/register", "/register/**", "/account/invitation").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(loginFailure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // the webapps protect their own API with Camunda's CSRF filter and cookie
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(NOT_WEBAPPS, new StaticHeadersWriter(
                                "Content-Security-Policy", headerSettings.getContentSecurityPolicy())))
                        .addHeaderWriter(new StaticHeadersWriter("Referrer-Policy", headerSettings.getReferrerPolicy())))
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), SENDS_CREDENTIALS))
                .addFilterAfter(new PasswordChangeFilter(temporaryPasswords), AuthorizationFilter.class)
                .build();
    }

    /**
     * A refused login returns to the login page, which tells an account awaiting its e-mail confirmation so, and a
     * locked account that it is locked (and until when) rather than that the password is wrong.
     */
    private static AuthenticationFailureHandler loginFailure() {
        ExceptionMappingAuthenticationFailureHandler others = new ExceptionMappingAuthenticationFailureHandler();
        others.setExceptionMappings(Map.of(DisabledException.class.getName(), "/login?unconfirmed"));
        others.setDefaultFailureUrl("/login?error");
        return (request, response, exception) -> {
            if (exception instanceof AccountLockedException locked) {
                String until = locked.until() == null ? "" : "=" + locked.until().getEpochSecond();
                response.sendRedirect(request.getContextPath() + "/login?locked" + until);
            } else {
                others.onAuthenticationFailure(request, response, exception);
            }
        };
    }

    /**
     * `/engine-rest` answers 401 without credentials and accepts HTTP Basic against the identity service, except
     * for accounts that have not confirmed their e-mail address yet.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
            RegistrationService registrations, LoginLocks loginLocks, LockedAccountProblem lockedAccount) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new EngineRestAuthentication(registrations::awaitsConfirmation, loginLocks, lockedAccount));
        registration.setName("engine-rest-authentication");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Tasklist, Cockpit and Admin take the portal's login (single sign-on). */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("webapp-single-sign-on");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, WebappSingleSignOn.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
