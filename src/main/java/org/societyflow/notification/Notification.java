package org.societyflow.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/** An in-app message to everyone in a group (a society's secretariat, a reviewer group) or to one person. */
@Entity
@Getter
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipientGroup;
    private String recipientUser;
    private String title;
    private String link;
    private Instant createdAt;

    protected Notification() {
    }

    static Notification toGroup(String group, String title, String link) {
        return new Notification(group, null, title, link);
    }

    static Notification toUser(String userId, String title, String link) {
        return new Notification(null, userId, title, link);
    }

    private Notification(String recipientGroup, String recipientUser, String title, String link) {
        this.recipientGroup = recipientGroup;
        this.recipientUser = recipientUser;
        this.title = title;
        this.link = link;
        this.createdAt = EngineClock.now();
    }
}
