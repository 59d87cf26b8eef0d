package org.societyflow.exit;

/** Where a case stands on the escalation of DOMAIN.md E. */
public enum ExitCaseStatus {
    FIRST_PERIOD, FIRST_ASSESSMENT, SECOND_PERIOD, ON_SITE_VISIT, STATEMENT, DECISION, RESTORED, EXITED;

    public boolean open() {
        return this != RESTORED && this != EXITED;
    }
}
