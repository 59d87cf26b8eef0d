package org.societyflow.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A reminder the deadline scan has sent: one per task, kind ({@code before-P3D}, {@code overdue}) and due date, so
 * each is sent once, and again only when the task's due date moves.
 */
@Entity
class DeadlineReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String taskId;
    private String kind;
    private long dueMillis;
    private Instant sentAt;

    protected DeadlineReminder() {
    }

    DeadlineReminder(String taskId, String kind, Instant due, Instant sentAt) {
        this.taskId = taskId;
        this.kind = kind;
        this.dueMillis = due.toEpochMilli();
        this.sentAt = sentAt;
    }

    String getTaskId() { return taskId; }
    String getKind() { return kind; }
    Instant getSentAt() { return sentAt; }
}
