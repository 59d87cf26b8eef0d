package org.societyflow.exit;

/** Where a 软弱涣散 case stands on its escalation (docs/RULES.md, 软弱涣散). */
public enum ExitCaseStatus {
    FIRST_PERIOD, FIRST_ASSESSMENT, SECOND_PERIOD, ON_SITE_VISIT, STATEMENT, DECISION, RESTORED, EXITED;

    public boolean open() {
        return this != RESTORED && this != EXITED;
    }
}
