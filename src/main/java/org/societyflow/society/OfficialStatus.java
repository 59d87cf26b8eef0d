package org.societyflow.society;

/** Whether a candidate is a 党政领导干部: not one, in office, or retired. */
public enum OfficialStatus {
    NONE, IN_OFFICE, RETIRED
}
