package org.societyflow.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;

/** One user has read one notification. A group's notification is one row, read by each member on their own. */
@Entity
@IdClass(NotificationRead.Key.class)
class NotificationRead {

    record Key(Long notificationId, String userId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    private Long notificationId;

    @Id
    private String userId;

    private Instant readAt;

    protected NotificationRead() {
    }

    NotificationRead(Long notificationId, String userId, Instant readAt) {
        this.notificationId = notificationId;
        this.userId = userId;
        this.readAt = readAt;
    }

    Long getNotificationId() { return notificationId; }
    String getUserId() { return userId; }
    Instant getReadAt() { return readAt; }
}
