package org.societyflow.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/** The 年检 of one year for every eligible society. */
@Entity
@Getter
public class InspectionCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inspection_year")
    private int year;

    private LocalDate reportDeadline;
    private String status;
    private String processInstanceId;
    private String openedBy;
    private Instant openedAt;
    private Instant closedAt;

    protected InspectionCampaign() {
    }

    InspectionCampaign(int year, LocalDate reportDeadline, String processInstanceId, String openedBy) {
        this.year = year;
        this.reportDeadline = reportDeadline;
        this.processInstanceId = processInstanceId;
        this.openedBy = openedBy;
        this.status = "OPEN";
        this.openedAt = EngineClock.now();
    }

    void close() {
        this.status = "CLOSED";
        this.closedAt = EngineClock.now();
    }

    public boolean isOpen() { return "OPEN".equals(status); }
}
