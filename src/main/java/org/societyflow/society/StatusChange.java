package org.societyflow.society;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/** One line of a society's status history. */
@Entity
@Table(name = "society_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long societyId;

    @Enumerated(EnumType.STRING)
    @Getter
    private SocietyStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Getter
    private SocietyStatus toStatus;

    @Getter
    private String reason;
    @Getter
    private String changedBy;
    @Getter
    private Instant changedAt;

    protected StatusChange() {
    }

    StatusChange(Long societyId, SocietyStatus fromStatus, SocietyStatus toStatus, String reason, String changedBy) {
        this.societyId = societyId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = EngineClock.now();
    }
}
