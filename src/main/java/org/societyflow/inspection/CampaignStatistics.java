package org.societyflow.inspection;

import java.util.Map;
import org.societyflow.society.InspectionGrade;

/** How far a campaign has come: inspections per status, results per grade, reports overdue. */
public record CampaignStatistics(int total, Map<InspectionStatus, Long> byStatus,
                                 Map<InspectionGrade, Long> byGrade, long overdue) {

    public long count(InspectionStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long count(InspectionGrade grade) {
        return byGrade.getOrDefault(grade, 0L);
    }
}
