package org.societyflow.grant;

/** Where a programme stands: its call, the review, the ranking, the 公示 and the decision. */
public enum ProgrammeStatus {
    DRAFT, OPEN, REVIEWING, RANKING, NOTICE, DECIDED;

    public boolean editable() {
        return this == DRAFT;
    }

    /** Scores are shown to everyone who may see the programme from the ranking on; before, experts see their own. */
    public boolean reviewClosed() {
        return this == RANKING || this == NOTICE || this == DECIDED;
    }

    /** Leadership has approved the funded list: it is public from the 公示 on. */
    public boolean listApproved() {
        return this == NOTICE || this == DECIDED;
    }
}
