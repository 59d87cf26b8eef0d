package org.societyflow.workflow;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every portal page a staff member or an expert sees counts their unread copies (抄送我的) for the navigation. */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnreadCopiesAdvice {

    private final Copies copies;
    private final CurrentUsers currentUsers;

    /** Null for societies and initiators, and on the JSON API, which renders no navigation. */
    @ModelAttribute("unreadCopies")
    Long unread(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        CurrentUser user = currentUsers.current();
        return user.isStaff() || user.isExpert() ? copies.unread(user) : null;
    }
}
