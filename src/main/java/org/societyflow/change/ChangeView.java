package org.societyflow.change;

import java.time.Instant;
import java.time.LocalDate;
import org.societyflow.workflow.ApplicationProgress;
import org.societyflow.workflow.Cancellation;

/** One 变更 request as the JSON API shows it (with who ended it early, when and why, if anyone did). */
public record ChangeView(Long id, String applicationNo, Long societyId, ChangeStatus status, Instant submittedAt,
                         Instant appliedAt, LocalDate filingDue, ApplicationProgress progress,
                         Cancellation cancellation) {

    static ChangeView of(ChangeRequest c, ApplicationProgress progress) {
        return new ChangeView(c.getId(), c.getApplicationNo(), c.getSocietyId(), c.getStatus(), c.getSubmittedAt(),
                c.getAppliedAt(), c.getFilingDue(), progress, c.getCancellation());
    }
}
