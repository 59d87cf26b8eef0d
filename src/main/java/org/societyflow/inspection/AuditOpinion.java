package org.societyflow.inspection;

/** The auditor's opinion on the year's accounts; anything but an unqualified opinion is irregular. */
public enum AuditOpinion {
    UNQUALIFIED, QUALIFIED, ADVERSE, DISCLAIMER, NONE
}
