package org.societyflow.society;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.societyflow.shared.EngineClock;

/** One registered field changed by an approved application: who, when, old → new, which application. */
@Entity
@Table(name = "society_change_log")
public class ChangeLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long societyId;
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    private String applicationNo;
    private String changedBy;
    private Instant changedAt;

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

    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public String getApplicationNo() { return applicationNo; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
