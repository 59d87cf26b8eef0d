package org.societyflow.grant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.Cancellation;
import org.societyflow.workflow.SocietyApplicationRow;

/**
 * One society's application to a programme (项目申请, XM-), from its draft to the final report's acceptance.
 * Its number is allocated when it is submitted and its process starts.
 */
@Entity
public class GrantApplication extends SocietyApplicationRow {


    @Getter
    private Long programmeId;
    @Enumerated(EnumType.STRING)
    @Getter
    private GrantStatus status;

    @Embedded
    private GrantForm form = new GrantForm();
    @Embedded
    private FinalReport finalReport = new FinalReport();

    @Getter
    private String eligibilitySummary;
    @Getter
    private BigDecimal meanScore;
    @Getter
    private Long fundedAmount;
    @Getter
    private String objection;
    @Getter
    private LocalDate correctionDue;
    @Getter
    private LocalDate finalReportDue;
    @Getter
    private Instant submittedAt;
    @Getter
    private Instant decidedAt;
    @Getter
    private Instant acceptedAt;
    @Getter
    private String createdBy;

    @Version
    private long version;

    protected GrantApplication() {
    }

    GrantApplication(Long programmeId, Long societyId, String createdBy) {
        super(null, societyId);
        this.programmeId = programmeId;
        this.createdBy = createdBy;
        this.status = GrantStatus.DRAFT;
    }

    void saveForm(GrantForm draft) {
        draft.dropBlankRows();
        this.form = draft;
    }

    void submitted(String applicationNo) {
        numberOnce(applicationNo);
        this.status = GrantStatus.SUBMITTED;
        this.submittedAt = EngineClock.now();
    }

    void resubmitted() {
        this.status = GrantStatus.SUBMITTED;
        this.correctionDue = null;
        this.submittedAt = EngineClock.now();
    }

    void returned(LocalDate due) {
        status = GrantStatus.RETURNED;
        correctionDue = due;
    }

    void status(GrantStatus to) {
        status = to;
    }

    void reviewed(BigDecimal score) {
        meanScore = score;
        status = GrantStatus.REVIEWED;
    }

    void objected(String text) {
        objection = text;
        status = GrantStatus.OBJECTION;
    }

    void funded(LocalDate reportDue) {
        status = GrantStatus.FUNDED;
        fundedAmount = getForm().getRequestedAmount();
        finalReportDue = reportDue;
        decidedAt = EngineClock.now();
    }

    void notFunded() {
        status = GrantStatus.NOT_FUNDED;
        decidedAt = EngineClock.now();
    }

    void saveReport(FinalReport report) {
        finalReport = report;
    }

    void reportReturned(LocalDate due) {
        status = GrantStatus.REPORT_RETURNED;
        finalReportDue = due;
    }

    void accepted() {
        status = GrantStatus.ACCEPTED;
        acceptedAt = EngineClock.now();
    }

    void eligibility(String summary) {
        eligibilitySummary = summary;
    }

    /** None while a draft: the number comes with the process, on the first submission. */
    /** Never null: Hibernate loads an embeddable whose columns are all empty as null. */
    public GrantForm getForm() {
        if (form == null) {
            form = new GrantForm();
        }
        return form;
    }

    public FinalReport getFinalReport() {
        if (finalReport == null) {
            finalReport = new FinalReport();
        }
        return finalReport;
    }

    @Override
    public void cancel(Cancellation cancellation) {
        this.status = GrantStatus.CANCELLED;
        cancelled(cancellation);
    }
}
