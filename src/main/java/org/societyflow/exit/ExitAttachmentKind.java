package org.societyflow.exit;

/** What a society under rectification may attach: evidence of its plan, activities and meetings. */
public enum ExitAttachmentKind {
    RECTIFICATION_PLAN, RECTIFICATION_REPORT, ACTIVITY_EVIDENCE, STATEMENT, OTHER
}
