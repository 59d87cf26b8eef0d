package org.societyflow.activity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.Cancellation;
import org.societyflow.workflow.SocietyApplicationRow;

/**
 * One activity in a society's ledger. A draft has no number; its submission numbers it and starts
 * {@code activity-verification}, which verifies it directly or after 学会部's review. Only verified activities count
 * (the 年检 prefill, the 软弱涣散 scan).
 */
@Entity
@Table(name = "activity")
@Getter
public class Activity extends SocietyApplicationRow {

    public enum ActivityStatus {
        DRAFT, SUBMITTED, RETURNED, VERIFIED, CANCELLED;

        public boolean editable() {
            return this == DRAFT || this == RETURNED;
        }
    }

    @Enumerated(EnumType.STRING)
    private ActivityStatus status;

    @Embedded
    private ActivityForm form = new ActivityForm();

    /** Whether the sample drew it for 学会部's review; null until submitted. */
    private Boolean sampled;

    private LocalDate correctionDue;
    private String createdBy;
    private Instant submittedAt;
    private Instant verifiedAt;

    @Version
    private long version;

    protected Activity() {
    }

    Activity(Long societyId, String createdBy) {
        super(null, societyId);
        this.createdBy = createdBy;
        this.status = ActivityStatus.DRAFT;
    }

    public ActivityForm getForm() { return form == null ? new ActivityForm() : form; }

    void saveForm(ActivityForm draft) {
        this.form = draft;
    }

    /** The first submission: the process's number, and whether the sample drew it. */
    void submitted(String applicationNo, boolean sampled) {
        numberOnce(applicationNo);
        this.sampled = sampled;
        this.status = ActivityStatus.SUBMITTED;
        this.submittedAt = EngineClock.now();
    }

    void resubmitted() {
        this.status = ActivityStatus.SUBMITTED;
        this.correctionDue = null;
    }

    void returned(LocalDate due) {
        this.status = ActivityStatus.RETURNED;
        this.correctionDue = due;
    }

    void verified() {
        this.status = ActivityStatus.VERIFIED;
        this.verifiedAt = EngineClock.now();
    }

    @Override
    public void cancel(Cancellation cancellation) {
        this.status = ActivityStatus.CANCELLED;
        cancelled(cancellation);
    }
}
