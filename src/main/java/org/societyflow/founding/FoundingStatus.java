package org.societyflow.founding;

/** Where a founding application stands: from the applicant's draft to a registered society or a closed case. */
public enum FoundingStatus {
    DRAFT, RETURNED, SUBMITTED, REJECTED, LAPSED, PREPARING, REGISTERED, PREPARATION_LAPSED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean open() {
        return this == DRAFT || this == RETURNED || this == SUBMITTED || this == PREPARING;
    }

    /** Closed without a society: the initiators wait before applying again (docs/RULES.md, 成立). */
    public boolean lapsed() {
        return this == LAPSED || this == PREPARATION_LAPSED;
    }
}
