package org.societyflow.change;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

public enum ChangeStatus {
    DRAFT, RETURNED, SUBMITTED, REJECTED, APPROVED, FILED, CANCELLED;

    public boolean requestEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean open() {
        return this != REJECTED && this != FILED && this != CANCELLED;
    }

    static Set<ChangeStatus> openOnes() {
        EnumSet<ChangeStatus> open = EnumSet.noneOf(ChangeStatus.class);
        Arrays.stream(values()).filter(ChangeStatus::open).forEach(open::add);
        return open;
    }
}
