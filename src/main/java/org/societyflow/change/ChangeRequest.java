package org.societyflow.change;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.RegisteredField;
import org.societyflow.workflow.Cancellation;
import org.societyflow.workflow.SocietyApplicationRow;

/** One society's 变更 request: the items with registered → requested values, and where it stands. */
@Entity
public class ChangeRequest extends SocietyApplicationRow {



    @Enumerated(EnumType.STRING)
    @Getter
    private ChangeStatus status;

    @Getter
    private String processInstanceId;

    @Embedded
    private ChangeRequestForm form = new ChangeRequestForm();

    @Getter
    private Instant submittedAt;
    @Getter
    private Instant appliedAt;
    @Getter
    private LocalDate filingDue;

    @Embedded
    private ChangeFiling filing = new ChangeFiling();

    @Version
    private long version;

    protected ChangeRequest() {
    }

    ChangeRequest(String applicationNo, Long societyId, String processInstanceId) {
        super(applicationNo, societyId);
        this.processInstanceId = processInstanceId;
        this.status = ChangeStatus.DRAFT;
    }

    /** 迁入: the engine started the request's process at the step it had reached on paper. */
    void entered(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void saveForm(ChangeRequestForm draft) {
        draft.dropBlankRows();
        draft.getOfficers().forEach(o -> o.setFlags(null));
        this.form = draft;
    }

    boolean concerns(RegisteredField field) {
        return getForm().getItems().stream().anyMatch(i -> i.getField() == field);
    }

    void submit() {
        this.status = ChangeStatus.SUBMITTED;
        this.submittedAt = EngineClock.now();
    }

    void returnForCorrection() {
        this.status = ChangeStatus.RETURNED;
    }

    void reject() {
        this.status = ChangeStatus.REJECTED;
    }

    void applied(LocalDate filingDue) {
        this.status = ChangeStatus.APPROVED;
        this.appliedAt = EngineClock.now();
        this.filingDue = filingDue;
    }

    void saveFiling(ChangeFiling draft) {
        this.filing = draft;
    }

    void filed() {
        this.status = ChangeStatus.FILED;
    }

    public ChangeRequestForm getForm() { return form == null ? new ChangeRequestForm() : form; }
    public ChangeFiling getFiling() { return filing == null ? new ChangeFiling() : filing; }

    @Override
    public void cancel(Cancellation cancellation) {
        this.status = ChangeStatus.CANCELLED;
        cancelled(cancellation);
    }
}
