package org.societyflow.founding;

import java.time.Instant;
import java.time.LocalDate;
import org.societyflow.workflow.ApplicationProgress;
import org.societyflow.workflow.Cancellation;

/** One founding application as the JSON API shows it (with who ended it early, when and why, if anyone did). */
public record FoundingView(Long id, String applicationNo, String applicant, FoundingStatus status, String proposedName,
                           Instant submittedAt, LocalDate applicationDue, String checkSummary, Long societyId,
                           LocalDate consentIssuedOn, LocalDate preparationDue, String creditCode, LocalDate registeredOn,
                           ApplicationProgress progress, Cancellation cancellation) {

    static FoundingView of(FoundingApplication a, ApplicationProgress progress) {
        return new FoundingView(a.getId(), a.getApplicationNo(), a.getApplicantUserId(), a.getStatus(),
                a.getForm().getProposedName(), a.getSubmittedAt(), a.getApplicationDue(), a.getCheckSummary(),
                a.getSocietyId(), a.getConsentIssuedOn(), a.getPreparationDue(), a.getCreditCode(), a.getRegisteredOn(),
                progress, a.getCancellation());
    }
}
