package org.societyflow.party;

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

/** One report of a society's party organisation (新建, 换书记, 调整, 撤销, or the first report after registration). */
@Entity
@Table(name = "party_change")
@Getter
public class PartyOrganisationChange extends SocietyApplicationRow {

    public enum PartyChangeStatus {
        DRAFT, RETURNED, SUBMITTED, APPROVED, REJECTED, CANCELLED;

        public boolean editable() {
            return this == DRAFT || this == RETURNED;
        }

        static final java.util.Set<PartyChangeStatus> OPEN = java.util.EnumSet.of(DRAFT, RETURNED, SUBMITTED);
    }



    @Enumerated(EnumType.STRING)
    private PartyChangeStatus status;

    private String processInstanceId;

    @Embedded
    private PartyReportForm form = new PartyReportForm();

    private LocalDate reportDue;
    private Instant submittedAt;
    private Instant decidedAt;

    @Version
    private long version;

    protected PartyOrganisationChange() {
    }

    PartyOrganisationChange(String applicationNo, Long societyId, String processInstanceId, LocalDate reportDue,
                            PartyReportForm.PartyChangeKind kind) {
        super(applicationNo, societyId);
        this.processInstanceId = processInstanceId;
        this.reportDue = reportDue;
        this.status = PartyChangeStatus.DRAFT;
        this.form.setChangeKind(kind);
    }

    public PartyReportForm getForm() { return form == null ? new PartyReportForm() : form; }

    void saveForm(PartyReportForm draft) {
        this.form = draft;
    }

    void submit() {
        this.status = PartyChangeStatus.SUBMITTED;
        this.submittedAt = EngineClock.now();
    }

    void returnForCorrection() {
        this.status = PartyChangeStatus.RETURNED;
    }

    void decide(boolean approved) {
        this.status = approved ? PartyChangeStatus.APPROVED : PartyChangeStatus.REJECTED;
        this.decidedAt = EngineClock.now();
    }

    @Override
    public void cancel(Cancellation cancellation) {
        this.status = PartyChangeStatus.CANCELLED;
        cancelled(cancellation);
    }
}
