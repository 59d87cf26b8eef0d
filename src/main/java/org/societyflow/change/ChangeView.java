package org.societyflow.change;

import java.time.Instant;
import java.time.LocalDate;
import org.societyflow.workflow.ApplicationProgress;

/** One 变更 request as the JSON API shows it. */
public record ChangeView(Long id, String applicationNo, Long societyId, ChangeStatus status, Instant submittedAt,
                         Instant appliedAt, LocalDate filingDue, ApplicationProgress progress) {

    static ChangeView of(ChangeRequest c, ApplicationProgress progress) {
        return new ChangeView(c.getId(), c.getApplicationNo(), c.getSocietyId(), c.getStatus(), c.getSubmittedAt(),
                c.getAppliedAt(), c.getFilingDue(), progress);
    }
}
