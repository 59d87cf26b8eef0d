package org.societyflow.inspection;

/**
 * A 年检 campaign closed (its last society's 年检 ended): published in the closing transaction, for what follows a
 * campaign (the 软弱涣散 scan, docs/RULES.md C and E) to run once it commits.
 */
public record InspectionCampaignClosed(Long campaignId, int year) {
}
