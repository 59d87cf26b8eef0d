package org.societyflow.notification;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications with the unread count, and marking them read. */
@RestController
@RequestMapping("/api/v1/notifications")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationApiController {

    record Notifications(long unread, List<NotificationView> notifications) {
    }

    /** Which notifications to mark read; none named: all of them. */
    record ReadRequest(List<Long> ids) {
    }

    record Marked(int marked, long unread) {
    }

    private final NotificationService notifications;
    private final CurrentUsers currentUsers;

    /** The latest 50 notifications, newest first, each with whether the caller has read it. */
    @GetMapping
    Notifications list() {
        CurrentUser user = currentUsers.current();
        return new Notifications(notifications.unreadCount(user),
                notifications.latestFor(user, NotificationController.LIMIT));
    }

    /** Marks the notifications named by {@code ids} read, or all of the caller's without a body or ids. */
    @PostMapping("/read")
    Marked read(@RequestBody(required = false) ReadRequest request) {
        CurrentUser user = currentUsers.current();
        int marked = notifications.markRead(user, request == null ? null : request.ids());
        return new Marked(marked, notifications.unreadCount(user));
    }
}
