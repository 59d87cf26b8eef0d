package org.societyflow.society;

import org.societyflow.shared.ChineseTexts;

public enum OfficerRole {
    PRESIDENT, VICE_PRESIDENT, SECRETARY_GENERAL;

    /** The title as registers and letters write it (the bundle's {@code OfficerRole.*}). */
    public String chineseName() {
        return ChineseTexts.label(this);
    }
}
