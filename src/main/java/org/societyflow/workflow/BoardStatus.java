package org.societyflow.workflow;

/**
 * Where a society stands in a campaign (年检) or a call (项目资助), in the words staff use on the campaign boards. Each
 * process maps its own status enum onto these; the label is the message key {@code BoardStatus.<name>}.
 */
public enum BoardStatus {
    /** nothing handed in yet (and no draft saved) */
    NOT_SUBMITTED,
    /** a draft saved, not handed in */
    DRAFT,
    /** handed in, waiting for 学会部's review */
    SUBMITTED,
    /** returned to the society for corrections (补正) */
    CORRECTING,
    /** past the first review: expert review, ranking, decision */
    IN_REVIEW,
    /** passed with conditions: the society rectifies (整改) */
    RECTIFYING,
    PASSED,
    FAILED,
    /** ended early (已终止): its process was cancelled; out of every count */
    CANCELLED;

    /** Reminders concern only what waits for the society: the ones it has not handed in. */
    public boolean notHandedIn() {
        return this == NOT_SUBMITTED || this == DRAFT;
    }
}
