package org.societyflow.reelection;

import java.util.EnumSet;
import java.util.Set;

public enum ReelectionStatus {
    AWAITING_PLAN, PLAN_RETURNED, PLAN_SUBMITTED, APPROVED, RESULTS_RETURNED, RESULTS_SUBMITTED, FILED, CANCELLED;

    public boolean planEditable() {
        return this == AWAITING_PLAN || this == PLAN_RETURNED;
    }

    public boolean resultsEditable() {
        return this == APPROVED || this == RESULTS_RETURNED;
    }

    /** Ended: filed, or cancelled before (a new 换届 of the society may start). */
    static final Set<ReelectionStatus> CLOSED = EnumSet.of(FILED, CANCELLED);

    public boolean open() {
        return !CLOSED.contains(this);
    }
}
