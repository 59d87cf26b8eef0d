package org.societyflow.society;

public enum OfficerRole {
    PRESIDENT, VICE_PRESIDENT, SECRETARY_GENERAL
}
