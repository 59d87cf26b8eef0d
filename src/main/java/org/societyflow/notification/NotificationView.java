package org.societyflow.notification;

import java.time.Instant;

/** A notification as one user sees it: whether they have read it is theirs alone. */
public record NotificationView(Long id, String title, String link, Instant createdAt, boolean read) {
}
