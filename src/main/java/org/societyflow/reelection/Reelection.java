package org.societyflow.reelection;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.Cancellation;
import org.societyflow.workflow.SocietyApplicationRow;

/** One society's 换届: the plan and candidates it submitted, the assembly's results, and where it stands. */
@Entity
public class Reelection extends SocietyApplicationRow {


    @Getter
    private Integer closingTerm;

    @Enumerated(EnumType.STRING)
    @Getter
    private ReelectionStatus status;

    @Getter
    private String processInstanceId;
    @Getter
    private String initiatedBy;

    @Embedded
    private ReelectionPlan plan = new ReelectionPlan();

    @Getter
    private Instant planSubmittedAt;
    @Getter
    private LocalDate resultsDue;

    @Embedded
    private ReelectionResults results = new ReelectionResults();

    @Getter
    private Instant resultsSubmittedAt;
    @Getter
    private Instant filedAt;

    @Version
    private long version;

    protected Reelection() {
    }

    Reelection(String applicationNo, Long societyId, Integer closingTerm, String processInstanceId, String initiatedBy) {
        super(applicationNo, societyId);
        this.closingTerm = closingTerm;
        this.processInstanceId = processInstanceId;
        this.initiatedBy = initiatedBy;
        this.status = ReelectionStatus.AWAITING_PLAN;
    }

    /** 迁入: the engine started the 换届's process at the step it had reached on paper. */
    void entered(String processInstanceId) {
        this.processInstanceId = processInstanceId;
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

    public ReelectionPlan getPlan() { return plan == null ? new ReelectionPlan() : plan; }
    public ReelectionResults getResults() { return results == null ? new ReelectionResults() : results; }

    @Override
    public void cancel(Cancellation cancellation) {
        this.status = ReelectionStatus.CANCELLED;
        cancelled(cancellation);
    }
}
