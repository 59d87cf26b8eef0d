package org.societyflow.exit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Where a 软弱涣散 case stands on its escalation (docs/RULES.md, 软弱涣散). */
public enum ExitCaseStatus {
    IDENTIFICATION, FIRST_PERIOD, FIRST_ASSESSMENT, SECOND_PERIOD, ON_SITE_VISIT, STATEMENT, DECISION, RESTORED,
    EXITED, NOT_CONFIRMED, CANCELLED;

    public boolean open() {
        return this != RESTORED && this != EXITED && this != NOT_CONFIRMED && this != CANCELLED;
    }

    /** A rectification period, which 学会部 may extend (once per case). */
    boolean period() {
        return this == FIRST_PERIOD || this == SECOND_PERIOD;
    }

    static Set<ExitCaseStatus> openOnes() {
        EnumSet<ExitCaseStatus> open = EnumSet.noneOf(ExitCaseStatus.class);
        Arrays.stream(values()).filter(ExitCaseStatus::open).forEach(open::add);
        return open;
    }
}
