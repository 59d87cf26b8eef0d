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
        notifications.save(new Notification(group, title, link));
    }

    @Transactional(readOnly = true)
    public List<Notification> latestFor(Collection<String> groups, int count) {
        return notifications.findByRecipientGroupInOrderByCreatedAtDesc(groups, PageRequest.of(0, count));
    }
}
