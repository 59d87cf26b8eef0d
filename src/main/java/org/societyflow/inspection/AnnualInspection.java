package org.societyflow.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.InspectionGrade;
import org.societyflow.workflow.SocietyApplicationRow;
import org.societyflow.workflow.BoardStatus;
import org.societyflow.workflow.Cancellation;

/** One society's 年检 for one year: the report it submitted and what the review made of it. */
@Entity
public class AnnualInspection extends SocietyApplicationRow {


    @Getter
    private Long campaignId;

    @Column(name = "inspection_year")
    @Getter
    private int year;

    @Enumerated(EnumType.STRING)
    @Getter
    private InspectionStatus status;

    @Getter
    private String processInstanceId;
    @Getter
    private LocalDate reportDeadline;

    @Embedded
    private InspectionReport report = new InspectionReport();

    @Getter
    private Instant submittedAt;
    @Getter
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    @Getter
    private InspectionGrade proposedGrade;
    @Getter
    private String proposedGradeReason;

    @Enumerated(EnumType.STRING)
    @Getter
    private InspectionGrade grade;
    @Getter
    private String gradeOverrideReason;
    @Getter
    private Instant gradedAt;

    @Getter
    private String rectificationReport;
    @Getter
    private Instant rectificationSubmittedAt;
    @Getter
    private Boolean rectified;

    @Version
    private long version;

    protected AnnualInspection() {
    }

    AnnualInspection(String applicationNo, Long campaignId, Long societyId, int year, LocalDate reportDeadline,
                     String processInstanceId) {
        super(applicationNo, societyId);
        this.campaignId = campaignId;
        this.year = year;
        this.reportDeadline = reportDeadline;
        this.processInstanceId = processInstanceId;
        this.status = InspectionStatus.AWAITING_REPORT;
    }

    void saveReport(InspectionReport draft) {
        this.report = draft;
    }

    void submitReport(String userId) {
        this.status = InspectionStatus.SUBMITTED;
        this.submittedAt = EngineClock.now();
        this.submittedBy = userId;
    }

    void returnForCorrection() {
        this.status = InspectionStatus.RETURNED;
    }

    void propose(InspectionGrade grade, String reason) {
        this.proposedGrade = grade;
        this.proposedGradeReason = reason;
    }

    void grade(InspectionGrade grade, String overrideReason) {
        this.grade = grade;
        this.gradeOverrideReason = overrideReason;
        this.gradedAt = EngineClock.now();
        this.status = InspectionStatus.GRADED;
    }

    /** No report by the deadline; the grade table grades it next ({@link #gradeNotSubmitted}). */
    void notSubmitted() {
        this.status = InspectionStatus.NOT_SUBMITTED;
    }

    void gradeNotSubmitted(InspectionGrade grade, String reason) {
        propose(grade, reason);
        this.grade = grade;
        this.gradedAt = EngineClock.now();
    }

    void draftRectification(String text) {
        this.rectificationReport = text;
    }

    void submitRectification(String text) {
        this.rectificationReport = text;
        this.rectificationSubmittedAt = EngineClock.now();
        this.status = InspectionStatus.RECTIFICATION_SUBMITTED;
    }

    /** The rectification report may be edited again, as before it was submitted. */
    void reopenRectification() {
        this.status = InspectionStatus.GRADED;
    }

    void judgeRectification(boolean accepted) {
        this.rectified = accepted;
        this.status = accepted ? InspectionStatus.RECTIFIED : InspectionStatus.NOT_RECTIFIED;
    }

    public boolean needsRectification() {
        return status == InspectionStatus.GRADED && grade != InspectionGrade.PASS;
    }

    /** Where the inspection stands on the campaign board. */
    public BoardStatus boardStatus() {
        return switch (status) {
            case AWAITING_REPORT -> getReport().isBlank() ? BoardStatus.NOT_SUBMITTED : BoardStatus.DRAFT;
            case RETURNED -> BoardStatus.CORRECTING;
            case SUBMITTED -> BoardStatus.SUBMITTED;
            case GRADED -> needsRectification() ? BoardStatus.RECTIFYING : BoardStatus.PASSED;
            case RECTIFICATION_SUBMITTED -> BoardStatus.RECTIFYING;
            case RECTIFIED -> BoardStatus.PASSED;
            case NOT_RECTIFIED, NOT_SUBMITTED -> BoardStatus.FAILED;
            case CANCELLED -> BoardStatus.CANCELLED;
        };
    }

    public InspectionReport getReport() { return report == null ? new InspectionReport() : report; }

    @Override
    public void cancel(Cancellation cancellation) {
        this.status = InspectionStatus.CANCELLED;
        cancelled(cancellation);
    }
}
