package org.societyflow.notification;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The user's notifications, newest first; opening the page marks them read (the new ones stay marked as new on it). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationController {

    static final String PAGE = "/notifications";
    static final int LIMIT = 50;

    private final NotificationService notifications;
    private final CurrentUsers currentUsers;

    @GetMapping(PAGE)
    String list(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("notifications", notifications.latestFor(user, LIMIT));
        notifications.markRead(user, null);
        model.addAttribute(UnreadNotificationsAdvice.UNREAD, 0L);
        return "notification/list";
    }
}
