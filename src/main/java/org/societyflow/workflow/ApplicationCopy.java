package org.societyflow.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/** 抄送: one application copied to one colleague for information; read once the colleague has opened it. */
@Entity
public class ApplicationCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter
    private Long id;

    @Getter
    private String businessKey;
    private String processInstanceId;
    @Getter
    private String toUser;
    @Getter
    private String fromUser;
    @Getter
    private String note;
    @Getter
    private Instant createdAt;
    @Getter
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
}
