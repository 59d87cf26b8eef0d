package org.societyflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an account that logged in with a temporary password to {@link #PATH} from every other page (and the
 * webapps) until it has chosen its own. Whether it must is read once per session and remembered when it need not.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PATH = "/account/password";
    /** What the page to set the password needs, and logging out. */
    private static final List<String> OPEN = List.of(PATH, "/logout", "/login", "/css/", "/js/", "/img/",
            "/favicon.ico", "/error");
    private static final String CHECKED = PasswordChangeFilter.class.getName() + ".checked";

    private final TemporaryPasswords passwords;

    PasswordChangeFilter(TemporaryPasswords passwords) {
        this.passwords = passwords;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || OPEN.stream().anyMatch(path::startsWith) || !mustChange(request, authentication.getName())) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + PATH);
    }

    private boolean mustChange(HttpServletRequest request, String userId) {
        HttpSession session = request.getSession(false);
        if (session != null && userId.equals(session.getAttribute(CHECKED))) {
            return false;
        }
        boolean required = passwords.changeRequired(userId);
        if (!required && session != null) {
            session.setAttribute(CHECKED, userId);
        }
        return required;
    }
}
