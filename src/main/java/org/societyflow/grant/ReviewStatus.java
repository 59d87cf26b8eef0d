package org.societyflow.grant;

/** One expert's review: assigned, scored, or given back (conflict declared, deadline passed). */
public enum ReviewStatus {
    ASSIGNED, SCORED, DECLINED, OVERDUE
}
