package org.societyflow.exit;

import java.time.Instant;
import java.time.LocalDate;
import org.societyflow.workflow.ApplicationProgress;
import org.societyflow.workflow.Cancellation;

/** One case as the JSON API shows it (with who ended it early, when and why, if anyone did). */
public record ExitCaseView(Long id, String applicationNo, Long societyId, ExitCaseStatus status, String indicators,
                           String letter, LocalDate rectificationDue, LocalDate statementDue, String interviewMinutes,
                           String visitFindings, String extensionReason, LocalDate extendedOn, ExitRoute exitRoute,
                           Instant closedAt, ApplicationProgress progress, Cancellation cancellation) {

    static ExitCaseView of(ExitCase c, ApplicationProgress progress) {
        return new ExitCaseView(c.getId(), c.getApplicationNo(), c.getSocietyId(), c.getStatus(), c.getIndicators(),
                c.getLetter(), c.getRectificationDue(), c.getStatementDue(), c.getInterviewMinutes(), c.getVisitFindings(),
                c.getExtensionReason(), c.getExtendedOn(), c.getExitRoute(), c.getClosedAt(), progress,
                c.getCancellation());
    }
}
