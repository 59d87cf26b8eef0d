package org.societyflow.inspection;

import java.util.List;
import org.societyflow.workflow.ActivityLedger;

/**
 * One activity figure of the 年检 report ({@code field}, as the report names it) beside what the verified activity
 * ledger counts for the inspected year: the society's page and the reviewer's form show both and the difference.
 */
public record ActivityComparison(String field, Integer reported, int ledger) {

    /** Reported minus verified; none while the society has not given its figure. */
    public Integer difference() {
        return reported == null ? null : reported - ledger;
    }

    static List<ActivityComparison> of(InspectionReport report, ActivityLedger.Figures ledger) {
        return List.of(new ActivityComparison("academicActivities", report.getAcademicActivities(), ledger.academic()),
                new ActivityComparison("popularScienceActivities", report.getPopularScienceActivities(),
                        ledger.popularScience()),
                new ActivityComparison("serviceActivities", report.getServiceActivities(), ledger.service()),
                new ActivityComparison("partyActivities", report.getPartyActivities(), ledger.party()));
    }
}
