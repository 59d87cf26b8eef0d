package org.societyflow.reelection;

import java.time.Instant;
import java.time.LocalDate;
import org.societyflow.workflow.ApplicationProgress;
import org.societyflow.workflow.Cancellation;

/** One 换届 as the JSON API shows it (with who ended it early, when and why, if anyone did). */
public record ReelectionView(Long id, String applicationNo, Long societyId, Integer closingTerm, ReelectionStatus status,
                             String initiatedBy, Instant planSubmittedAt, LocalDate resultsDue,
                             Instant resultsSubmittedAt, Instant filedAt, ApplicationProgress progress,
                             Cancellation cancellation) {

    static ReelectionView of(Reelection r, ApplicationProgress progress) {
        return new ReelectionView(r.getId(), r.getApplicationNo(), r.getSocietyId(), r.getClosingTerm(), r.getStatus(),
                r.getInitiatedBy(), r.getPlanSubmittedAt(), r.getResultsDue(), r.getResultsSubmittedAt(), r.getFiledAt(),
                progress, r.getCancellation());
    }
}
