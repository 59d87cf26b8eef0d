package org.societyflow.grant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.Application;

/**
 * One society's application to a programme (项目申请, XM-), from its draft to the final report's acceptance.
 * Its number is allocated when it is submitted and its process starts.
 */
@Entity
public class GrantApplication implements Application.OfSociety {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String applicationNo;
    private Long programmeId;
    private Long societyId;
    @Enumerated(EnumType.STRING)
    private GrantStatus status;

    @Embedded
    private GrantForm form = new GrantForm();
    @Embedded
    private FinalReport finalReport = new FinalReport();

    private String eligibilitySummary;
    private BigDecimal meanScore;
    private Long fundedAmount;
    private String objection;
    private LocalDate correctionDue;
    private LocalDate finalReportDue;
    private Instant submittedAt;
    private Instant decidedAt;
    private Instant acceptedAt;
    private String createdBy;

    @Version
    private long version;

    protected GrantApplication() {
    }

    GrantApplication(Long programmeId, Long societyId, String createdBy) {
        this.programmeId = programmeId;
        this.societyId = societyId;
        this.createdBy = createdBy;
        this.status = GrantStatus.DRAFT;
    }

    void saveForm(GrantForm draft) {
        draft.dropBlankRows();
        this.form = draft;
    }

    void submitted(String applicationNo) {
        if (this.applicationNo == null) {
            this.applicationNo = applicationNo;
        }
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

    @Override
    public Long getId() { return id; }
    /** None while a draft: the number comes with the process, on the first submission. */
    @Override
    public String getApplicationNo() { return applicationNo; }
    public Long getProgrammeId() { return programmeId; }
    @Override
    public Long getSocietyId() { return societyId; }
    public GrantStatus getStatus() { return status; }
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

    public String getEligibilitySummary() { return eligibilitySummary; }
    public BigDecimal getMeanScore() { return meanScore; }
    public Long getFundedAmount() { return fundedAmount; }
    public String getObjection() { return objection; }
    public LocalDate getCorrectionDue() { return correctionDue; }
    public LocalDate getFinalReportDue() { return finalReportDue; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public String getCreatedBy() { return createdBy; }
}
