package org.societyflow.onboarding;

import java.util.List;
import java.util.Map;
import org.societyflow.party.PartyReportForm;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.Society;

/**
 * One society of a checked file: as the file describes it ({@code imported}, never stored itself), the registered
 * society with the same credit code if any, and what importing would do — the 年检 grades to record ({@code grades}:
 * those the register does not have yet) and each change as the preview shows it.
 */
public record PlannedSociety(Society imported, Society registered, String email, PartyReportForm party,
                             String instructor, boolean partyEntered, Map<Integer, InspectionGrade> grades,
                             List<Change> changes) {

    /** One particular that importing sets: its label, the registered value and the file's. */
    public record Change(String field, String before, String after) {
    }

    public boolean created() {
        return registered == null;
    }

    public boolean changed() {
        return registered != null && !changes.isEmpty();
    }
}
