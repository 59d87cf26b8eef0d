package org.societyflow.society;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/** The 年检 result of one society for one year, as the register keeps it. */
@Entity
@Table(name = "society_inspection_result")
public class InspectionResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private Long societyId;

    @Column(name = "inspection_year")
    @Getter
    private int year;

    @Enumerated(EnumType.STRING)
    @Getter
    private InspectionGrade grade;

    @Getter
    private Boolean rectified;
    @Getter
    private String applicationNo;
    @Getter
    private Instant recordedAt;

    protected InspectionResult() {
    }

    InspectionResult(Long societyId, int year, String applicationNo) {
        this.societyId = societyId;
        this.year = year;
        this.applicationNo = applicationNo;
    }

    void record(InspectionGrade grade, Boolean rectified) {
        this.grade = grade;
        this.rectified = rectified;
        this.recordedAt = EngineClock.now();
    }
}
