package org.societyflow.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/**
 * One expert's review of one subject (a grant application XM- or a station assessment HZ-) in one round; an
 * objection during 公示 opens a new round.
 */
@Entity
public class ExpertReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter
    private Long id;

    @Getter
    private String subjectKey;
    @Getter
    private String expert;
    @Column(name = "review_round")
    @Getter
    private int round;
    @Enumerated(EnumType.STRING)
    @Getter
    private ReviewStatus status;
    @Getter
    private Integer innovation;
    @Getter
    private Integer feasibility;
    @Getter
    private Integer impact;
    @Getter
    private Integer budgetScore;
    @Getter
    private BigDecimal total;
    @Column(name = "review_comment")
    @Getter
    private String comment;
    @Getter
    private String conflictReason;
    @Getter
    private Instant assignedAt;
    @Getter
    private Instant completedAt;

    @Version
    private long version;

    protected ExpertReview() {
    }

    ExpertReview(String subjectKey, String expert, int round) {
        this.subjectKey = subjectKey;
        this.expert = expert;
        this.round = round;
        this.status = ReviewStatus.ASSIGNED;
        this.assignedAt = EngineClock.now();
    }

    void scored(int innovation, int feasibility, int impact, int budgetScore, String comment) {
        this.innovation = innovation;
        this.feasibility = feasibility;
        this.impact = impact;
        this.budgetScore = budgetScore;
        // the four criteria weigh the same
        this.total = BigDecimal.valueOf(innovation + feasibility + impact + budgetScore)
                .divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
        this.comment = comment;
        this.status = ReviewStatus.SCORED;
        this.completedAt = EngineClock.now();
    }

    void declined(String reason) {
        this.conflictReason = reason;
        this.status = ReviewStatus.DECLINED;
        this.completedAt = EngineClock.now();
    }

    void overdue() {
        this.status = ReviewStatus.OVERDUE;
        this.completedAt = EngineClock.now();
    }

    void withdrawn() {
        this.status = ReviewStatus.WITHDRAWN;
        this.completedAt = EngineClock.now();
    }
}
