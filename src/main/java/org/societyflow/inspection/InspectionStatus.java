package org.societyflow.inspection;

/** Where one society's 年检 stands. */
public enum InspectionStatus {
    /** waiting for the society's report; the draft may be edited */
    AWAITING_REPORT,
    /** sent back by 学会部 for correction; the draft may be edited */
    RETURNED,
    SUBMITTED,
    /** grade confirmed: 合格, or 基本合格/不合格 waiting for rectification */
    GRADED,
    RECTIFICATION_SUBMITTED,
    RECTIFIED,
    NOT_RECTIFIED,
    /** no report by the deadline: 不合格 */
    NOT_SUBMITTED,
    /** ended early: its process was cancelled (docs/ARCHITECTURE.md, cancellation) */
    CANCELLED;

    public boolean reportEditable() {
        return this == AWAITING_REPORT || this == RETURNED;
    }
}
