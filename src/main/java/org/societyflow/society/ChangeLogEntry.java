package org.societyflow.society;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/**
 * One registered field changed by an approved application (or on another basis: a 更正, the 活动异常名录): who, when,
 * old → new, which application or basis, and for a 更正 why.
 */
@Entity
@Table(name = "society_change_log")
public class ChangeLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long societyId;
    @Getter
    private String field;

    @Column(name = "old_value")
    @Getter
    private String oldValue;

    @Column(name = "new_value")
    @Getter
    private String newValue;

    @Getter
    private String applicationNo;
    @Getter
    private String changedBy;
    @Getter
    private Instant changedAt;
    @Getter
    private String reason;

    protected ChangeLogEntry() {
    }

    ChangeLogEntry(Long societyId, String field, String oldValue, String newValue, String applicationNo,
                   String changedBy) {
        this.societyId = societyId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.applicationNo = applicationNo;
        this.changedBy = changedBy;
        this.changedAt = EngineClock.now();
    }

    ChangeLogEntry(Long societyId, String field, String oldValue, String newValue, String basis, String changedBy,
                   String reason) {
        this(societyId, field, oldValue, newValue, basis, changedBy);
        this.reason = reason;
    }
}
