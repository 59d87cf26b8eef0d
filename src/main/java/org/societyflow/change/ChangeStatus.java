package org.societyflow.change;

public enum ChangeStatus {
    DRAFT, RETURNED, SUBMITTED, REJECTED, APPROVED, FILED;

    public boolean requestEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean open() {
        return this != REJECTED && this != FILED;
    }
}
