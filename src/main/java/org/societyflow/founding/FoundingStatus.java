package org.societyflow.founding;

import java.util.EnumSet;
import java.util.Set;

/** Where a founding application stands: from the applicant's draft to a registered society or a closed case. */
public enum FoundingStatus {
    DRAFT, RETURNED, SUBMITTED, REJECTED, LAPSED, PREPARING, REGISTERED, PREPARATION_LAPSED, CANCELLED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Still under way: the applicant may not open another, and nobody may take its name or code. */
    static final Set<FoundingStatus> OPEN = EnumSet.of(DRAFT, RETURNED, SUBMITTED, PREPARING);
    static final Set<FoundingStatus> LAPSED_ONES = EnumSet.of(LAPSED, PREPARATION_LAPSED);

    public boolean open() {
        return OPEN.contains(this);
    }

    /** Closed without a society: the initiators wait before applying again (docs/RULES.md, 成立). */
    public boolean lapsed() {
        return LAPSED_ONES.contains(this);
    }
}
