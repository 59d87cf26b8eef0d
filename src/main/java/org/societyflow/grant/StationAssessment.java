package org.societyflow.grant;

import jakarta.persistence.Column;
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
import lombok.Getter;
import org.hibernate.annotations.Formula;
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.Application;
import org.societyflow.workflow.Cancellation;

/** One station's assessment for one year (HZ-), run by station-assessment.bpmn. */
@Entity
public class StationAssessment implements Application.OfSociety {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter
    private Long id;

    @Getter
    private String assessmentNo;
    @Getter
    private Long stationId;
    /** The station's host society, which reports; read with the row, as a station keeps its host. */
    @Formula("(select s.society_id from haizhi_station s where s.id = station_id)")
    @Getter
    private Long societyId;
    @Column(name = "assessment_year")
    @Getter
    private int year;
    @Enumerated(EnumType.STRING)
    @Getter
    private AssessmentStatus status;
    @Embedded
    private StationReport report = new StationReport();
    @Getter
    private LocalDate reportDue;
    @Getter
    private BigDecimal meanScore;
    @Getter
    private Boolean passed;
    @Getter
    private Instant submittedAt;
    @Getter
    private Instant concludedAt;

    @Getter
    @Embedded
    private Cancellation cancellation;

    @Version
    private long version;

    protected StationAssessment() {
    }

    StationAssessment(String assessmentNo, HaizhiStation station, int year) {
        this.assessmentNo = assessmentNo;
        this.stationId = station.getId();
        this.societyId = station.getSocietyId();
        this.year = year;
        this.status = AssessmentStatus.REPORT_DUE;
    }

    void due(LocalDate due, AssessmentStatus status) {
        this.reportDue = due;
        this.status = status;
    }

    void saveReport(StationReport report) {
        this.report = report;
    }

    void submitted() {
        status = AssessmentStatus.SUBMITTED;
        submittedAt = EngineClock.now();
    }

    void status(AssessmentStatus to) {
        status = to;
    }

    void reviewed(BigDecimal score) {
        meanScore = score;
        status = AssessmentStatus.REVIEWED;
    }

    void concluded(boolean passed) {
        this.passed = passed;
        this.status = passed ? AssessmentStatus.PASSED : AssessmentStatus.FAILED;
        this.concludedAt = EngineClock.now();
    }

    /** The assessment's number is its application number (the process's business key). */
    @Override
    public String getApplicationNo() { return assessmentNo; }

    /** Never null: Hibernate loads an embeddable whose columns are all empty as null. */
    public StationReport getReport() {
        if (report == null) {
            report = new StationReport();
        }
        return report;
    }

    @Override
    public void cancel(Cancellation cancellation) {
        this.status = AssessmentStatus.CANCELLED;
        this.cancellation = cancellation;
    }
}
