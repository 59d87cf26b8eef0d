package org.societyflow.reelection;

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
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.Application;

/** One society's 换届: the plan and candidates it submitted, the assembly's results, and where it stands. */
@Entity
public class Reelection implements Application.OfSociety {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String applicationNo;
    private Long societyId;
    private Integer closingTerm;

    @Enumerated(EnumType.STRING)
    private ReelectionStatus status;

    private String processInstanceId;
    private String initiatedBy;

    @Embedded
    private ReelectionPlan plan = new ReelectionPlan();

    private Instant planSubmittedAt;
    private LocalDate resultsDue;

    @Embedded
    private ReelectionResults results = new ReelectionResults();

    private Instant resultsSubmittedAt;
    private Instant filedAt;

    @Version
    private long version;

    protected Reelection() {
    }

    Reelection(String applicationNo, Long societyId, Integer closingTerm, String processInstanceId, String initiatedBy) {
        this.applicationNo = applicationNo;
        this.societyId = societyId;
        this.closingTerm = closingTerm;
        this.processInstanceId = processInstanceId;
        this.initiatedBy = initiatedBy;
        this.status = ReelectionStatus.AWAITING_PLAN;
    }

    void savePlan(ReelectionPlan draft) {
        draft.dropBlankCandidates();
        draft.getCandidates().forEach(c -> c.setFlags(null));
        this.plan = draft;
    }

    void submitPlan() {
        this.status = ReelectionStatus.PLAN_SUBMITTED;
        this.planSubmittedAt = EngineClock.now();
    }

    void returnPlan() {
        this.status = ReelectionStatus.PLAN_RETURNED;
    }

    void approve(LocalDate resultsDue) {
        this.status = ReelectionStatus.APPROVED;
        this.resultsDue = resultsDue;
    }

    void saveResults(ReelectionResults draft) {
        draft.dropBlankOfficers();
        this.results = draft;
    }

    void submitResults() {
        this.status = ReelectionStatus.RESULTS_SUBMITTED;
        this.resultsSubmittedAt = EngineClock.now();
    }

    void returnResults() {
        this.status = ReelectionStatus.RESULTS_RETURNED;
    }

    void filed() {
        this.status = ReelectionStatus.FILED;
        this.filedAt = EngineClock.now();
    }

    public Long getId() { return id; }
    public String getApplicationNo() { return applicationNo; }
    public Long getSocietyId() { return societyId; }
    public Integer getClosingTerm() { return closingTerm; }
    public ReelectionStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getInitiatedBy() { return initiatedBy; }
    public ReelectionPlan getPlan() { return plan == null ? new ReelectionPlan() : plan; }
    public Instant getPlanSubmittedAt() { return planSubmittedAt; }
    public LocalDate getResultsDue() { return resultsDue; }
    public ReelectionResults getResults() { return results == null ? new ReelectionResults() : results; }
    public Instant getResultsSubmittedAt() { return resultsSubmittedAt; }
    public Instant getFiledAt() { return filedAt; }
}
