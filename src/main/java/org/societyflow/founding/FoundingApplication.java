package org.societyflow.founding;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.Application;
import org.societyflow.workflow.Cancellation;

/**
 * A 学会成立 application (docs/RULES.md, 成立), owned by the initiator who opened it: the proposed society, the
 * automatic checks reviewers read, and after approval the 筹备 period and the 民政局 registration.
 */
@Entity
public class FoundingApplication implements Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter
    private Long id;

    @Getter
    private String applicationNo;
    @Getter
    private String applicantUserId;

    @Enumerated(EnumType.STRING)
    @Getter
    private FoundingStatus status;

    @Getter
    private String processInstanceId;

    @Embedded
    private FoundingForm form = new FoundingForm();

    @Getter
    private String checkSummary;
    @Getter
    private Boolean checksPassed;
    @Getter
    private Instant submittedAt;
    @Getter
    private LocalDate applicationDue;
    @Getter
    private Long societyId;
    @Getter
    private LocalDate consentIssuedOn;
    @Getter
    private LocalDate preparationDue;
    @Getter
    private boolean extended;
    @Getter
    private String creditCode;
    @Getter
    private LocalDate registeredOn;
    @Getter
    private Instant closedAt;

    @Getter
    @Embedded
    private Cancellation cancellation;

    @Version
    private long version;

    protected FoundingApplication() {
    }

    FoundingApplication(String applicationNo, String applicantUserId, String processInstanceId) {
        this.applicationNo = applicationNo;
        this.applicantUserId = applicantUserId;
        this.processInstanceId = processInstanceId;
        this.status = FoundingStatus.DRAFT;
    }

    void saveForm(FoundingForm draft) {
        draft.dropBlankRows();
        draft.getOfficers().forEach(o -> o.setFlags(null));
        this.form = draft;
    }

    void due(LocalDate applicationDue) {
        this.applicationDue = applicationDue;
    }

    void submit() {
        this.status = FoundingStatus.SUBMITTED;
        this.submittedAt = EngineClock.now();
    }

    void checked(String summary, boolean passed) {
        this.checkSummary = summary;
        this.checksPassed = passed;
    }

    void returnForCorrection(LocalDate resubmitBy) {
        this.status = FoundingStatus.RETURNED;
        this.applicationDue = resubmitBy;
    }

    void reject() {
        close(FoundingStatus.REJECTED);
    }

    void lapse() {
        close(FoundingStatus.LAPSED);
    }

    void approve(Long societyId, LocalDate consentIssuedOn, LocalDate preparationDue) {
        this.status = FoundingStatus.PREPARING;
        this.societyId = societyId;
        this.consentIssuedOn = consentIssuedOn;
        this.preparationDue = preparationDue;
    }

    void extendPreparation(LocalDate newDue) {
        this.extended = true;
        this.preparationDue = newDue;
    }

    void registered(String creditCode, LocalDate registeredOn) {
        this.creditCode = creditCode;
        this.registeredOn = registeredOn;
        close(FoundingStatus.REGISTERED);
    }

    void preparationLapsed() {
        close(FoundingStatus.PREPARATION_LAPSED);
    }

    private void close(FoundingStatus closedAs) {
        this.status = closedAs;
        this.closedAt = EngineClock.now();
    }

    public FoundingForm getForm() { return form == null ? new FoundingForm() : form; }

    @Override
    public void cancel(Cancellation cancellation) {
        this.status = FoundingStatus.CANCELLED;
        this.cancellation = cancellation;
    }
}
