package org.societyflow.reelection;

public enum ReelectionStatus {
    AWAITING_PLAN, PLAN_RETURNED, PLAN_SUBMITTED, APPROVED, RESULTS_RETURNED, RESULTS_SUBMITTED, FILED;

    public boolean planEditable() {
        return this == AWAITING_PLAN || this == PLAN_RETURNED;
    }

    public boolean resultsEditable() {
        return this == APPROVED || this == RESULTS_RETURNED;
    }

    public boolean open() {
        return this != FILED;
    }
}
