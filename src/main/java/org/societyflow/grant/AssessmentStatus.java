package org.societyflow.grant;

/** A 海智 station's yearly assessment, set by station-assessment.bpmn. */
public enum AssessmentStatus {
    REPORT_DUE, SUBMITTED, RETURNED, UNDER_REVIEW, REVIEWED, PASSED, FAILED, CANCELLED;

    public boolean editable() {
        return this == REPORT_DUE || this == RETURNED;
    }
}
