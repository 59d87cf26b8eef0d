package org.societyflow.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.societyflow.shared.EngineClock;

/** 抄送: one application copied to one colleague for information; read once the colleague has opened it. */
@Entity
public class ApplicationCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessKey;
    private String processInstanceId;
    private String toUser;
    private String fromUser;
    private String note;
    private Instant createdAt;
    private Instant readAt;

    protected ApplicationCopy() {
    }

    ApplicationCopy(String businessKey, String processInstanceId, String toUser, String fromUser, String note) {
        this.businessKey = businessKey;
        this.processInstanceId = processInstanceId;
        this.toUser = toUser;
        this.fromUser = fromUser;
        this.note = note;
        this.createdAt = EngineClock.now();
    }

    void markRead() {
        if (readAt == null) {
            readAt = EngineClock.now();
        }
    }

    public Long getId() { return id; }
    public String getBusinessKey() { return businessKey; }
    public String getToUser() { return toUser; }
    public String getFromUser() { return fromUser; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
