package org.societyflow.grant;

public enum StationStatus {
    ACTIVE, CLOSED
}
