package org.societyflow.notification;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every portal page knows how many notifications the logged-in user has not read, for the bell in the header. */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnreadNotificationsAdvice {

    static final String UNREAD = "unreadNotifications";

    private final NotificationService notifications;
    private final CurrentUsers currentUsers;

    /** Null when nobody is logged in, and on the JSON API, which renders no header. */
    @ModelAttribute(UNREAD)
    Long unread(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return notifications.unreadCount(currentUsers.current());
    }
}
