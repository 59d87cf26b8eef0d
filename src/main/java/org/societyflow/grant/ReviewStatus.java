package org.societyflow.grant;

/** One expert's review: assigned, scored, given back (conflict declared, deadline passed) or withdrawn. */
public enum ReviewStatus {
    ASSIGNED, SCORED, DECLINED, OVERDUE,
    /** the application it scored ended early (已终止): out of the expert's load */
    WITHDRAWN
}
