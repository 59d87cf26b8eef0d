package org.societyflow.inspection;

import java.time.Instant;
import java.time.LocalDate;
import org.societyflow.society.InspectionGrade;
import org.societyflow.workflow.ApplicationProgress;
import org.societyflow.workflow.Cancellation;

/** One 年检 as the JSON API shows it (with who ended it early, when and why, if anyone did), with where it stands in its process. */
public record InspectionView(Long id, String applicationNo, Long societyId, int year, InspectionStatus status,
                             LocalDate reportDeadline, Instant submittedAt, InspectionGrade proposedGrade,
                             String proposedGradeReason, InspectionGrade grade, String gradeOverrideReason,
                             Boolean rectified, ApplicationProgress progress, Cancellation cancellation) {

    static InspectionView of(AnnualInspection i, ApplicationProgress progress) {
        return new InspectionView(i.getId(), i.getApplicationNo(), i.getSocietyId(), i.getYear(), i.getStatus(),
                i.getReportDeadline(), i.getSubmittedAt(), i.getProposedGrade(), i.getProposedGradeReason(),
                i.getGrade(), i.getGradeOverrideReason(), i.getRectified(), progress, i.getCancellation());
    }
}
