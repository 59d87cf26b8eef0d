package org.societyflow.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;

    NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public void notifyGroup(String group, String title, String link) {
        notifications.save(Notification.toGroup(group, title, link));
    }

    public void notifyUser(String userId, String title, String link) {
        notifications.save(Notification.toUser(userId, title, link));
    }

    @Transactional(readOnly = true)
    public List<Notification> latestFor(Collection<String> groups, String userId, int count) {
        // an empty IN list is not valid SQL everywhere
        Collection<String> anyGroup = groups.isEmpty() ? List.of("") : groups;
        return notifications.latestFor(anyGroup, userId, PageRequest.of(0, count));
    }
}
