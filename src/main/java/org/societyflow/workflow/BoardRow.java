package org.societyflow.workflow;

import java.time.Instant;

/**
 * One society's line on a campaign board: its case (none when it has not applied), the case's status on the board and
 * in its own process's words ({@code detailKey}, a message key), the open step with its deadline, and whether that
 * step is the society's own to do. {@code key} identifies the line in a selection: {@code a<applicationId>} for a case,
 * {@code s<societyId>} for a society without one.
 */
public record BoardRow(String key, Long societyId, String societyCode, String societyName, Long applicationId,
                       String applicationNo, String link, BoardStatus status, String detailKey, OpenSteps.Step step) {

    public static BoardRow of(Long societyId, String societyCode, String societyName, Long applicationId,
                              String applicationNo, String link, BoardStatus status, String detailKey,
                              OpenSteps.Step step) {
        String key = applicationId != null ? "a" + applicationId : "s" + societyId;
        return new BoardRow(key, societyId, societyCode, societyName, applicationId, applicationNo, link, status,
                detailKey, step);
    }

    public boolean overdue() {
        return step != null && step.overdue();
    }

    public Instant due() {
        return step == null ? null : step.due();
    }

    /** Whether the case has a running process whose open step the society holds (what 催办 reaches). */
    public boolean withSociety() {
        return step != null && step.heldBySociety();
    }
}
