package org.societyflow.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.societyflow.workflow.ApplicationProgress;
import org.societyflow.workflow.Cancellation;

/**
 * One grant application as the JSON API shows it (with who ended it early, when and why, if anyone did); scores only
 * as far as the viewer may see them.
 */
public record GrantView(Long id, String applicationNo, Long programmeId, Long societyId, GrantStatus status,
                        String title, Long requestedAmount, Long fundedAmount, BigDecimal meanScore,
                        List<ScoreBoard.Score> scores, LocalDate correctionDue, LocalDate finalReportDue,
                        Instant submittedAt, Instant decidedAt, Instant acceptedAt, ApplicationProgress progress,
                        Cancellation cancellation) {

    static GrantView of(GrantApplication a, BigDecimal meanScore, List<ScoreBoard.Score> scores,
                        ApplicationProgress progress) {
        return new GrantView(a.getId(), a.getApplicationNo(), a.getProgrammeId(), a.getSocietyId(), a.getStatus(),
                a.getForm().getTitle(), a.getForm().getRequestedAmount(), a.getFundedAmount(), meanScore, scores,
                a.getCorrectionDue(), a.getFinalReportDue(), a.getSubmittedAt(), a.getDecidedAt(), a.getAcceptedAt(),
                progress, a.getCancellation());
    }
}
