package org.societyflow.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** One user has read one notification. A group's notification is one row, read by each member on their own. */
@Entity
@IdClass(NotificationRead.Key.class)
class NotificationRead implements Persistable<NotificationRead.Key> {

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

    /** A new mark is inserted straight away, without the select a merge of an assigned id would need first. */
    @Transient
    private boolean fresh;

    protected NotificationRead() {
    }

    NotificationRead(Long notificationId, String userId, Instant readAt) {
        this.notificationId = notificationId;
        this.userId = userId;
        this.readAt = readAt;
        this.fresh = true;
    }

    @Override
    public Key getId() {
        return new Key(notificationId, userId);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    Long getNotificationId() { return notificationId; }
    String getUserId() { return userId; }
    Instant getReadAt() { return readAt; }
}
