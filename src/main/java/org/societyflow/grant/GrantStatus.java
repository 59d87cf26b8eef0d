package org.societyflow.grant;

import org.societyflow.workflow.BoardStatus;

/** Where one grant application stands, set by grant-application.bpmn (DRAFT before it is submitted). */
public enum GrantStatus {
    DRAFT, SUBMITTED, RETURNED, REJECTED, UNDER_REVIEW, REVIEWED, OBJECTION, FUNDED, NOT_FUNDED,
    REPORT_SUBMITTED, REPORT_RETURNED, ACCEPTED,
    /** ended early (已终止): its process was cancelled or its draft dropped; it leaves every count, board and ranking */
    CANCELLED;

    /** The society may change the application: before submission and when it is returned for corrections. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The society may write its final report. */
    public boolean reportOpen() {
        return this == FUNDED || this == REPORT_RETURNED;
    }

    /** Counts as the society's one application of its type and year: submitted and neither turned down nor cancelled. */
    public boolean live() {
        return this != DRAFT && this != REJECTED && this != NOT_FUNDED && this != CANCELLED;
    }

    /** Still waits for its formal check or its reviews (the programme cannot be ranked before). */
    public boolean pendingReview() {
        return this == SUBMITTED || this == RETURNED || this == UNDER_REVIEW;
    }

    /** Where the application stands on the call's board. */
    public BoardStatus onBoard() {
        return switch (this) {
            case DRAFT -> BoardStatus.DRAFT;
            case SUBMITTED -> BoardStatus.SUBMITTED;
            case RETURNED -> BoardStatus.CORRECTING;
            case UNDER_REVIEW, REVIEWED, OBJECTION -> BoardStatus.IN_REVIEW;
            case FUNDED, REPORT_SUBMITTED, REPORT_RETURNED, ACCEPTED -> BoardStatus.PASSED;
            case REJECTED, NOT_FUNDED -> BoardStatus.FAILED;
            case CANCELLED -> BoardStatus.CANCELLED;
        };
    }

    public boolean funded() {
        return this == FUNDED || this == REPORT_SUBMITTED || this == REPORT_RETURNED || this == ACCEPTED;
    }
}
