package org.societyflow.reelection;

import java.time.Instant;
import java.time.LocalDate;
import org.societyflow.workflow.ApplicationProgress;

/** One 换届 as the JSON API shows it. */
public record ReelectionView(Long id, String applicationNo, Long societyId, Integer closingTerm, ReelectionStatus status,
                             String initiatedBy, Instant planSubmittedAt, LocalDate resultsDue,
                             Instant resultsSubmittedAt, Instant filedAt, ApplicationProgress progress) {

    static ReelectionView of(Reelection r, ApplicationProgress progress) {
        return new ReelectionView(r.getId(), r.getApplicationNo(), r.getSocietyId(), r.getClosingTerm(), r.getStatus(),
                r.getInitiatedBy(), r.getPlanSubmittedAt(), r.getResultsDue(), r.getResultsSubmittedAt(), r.getFiledAt(),
                progress);
    }
}
