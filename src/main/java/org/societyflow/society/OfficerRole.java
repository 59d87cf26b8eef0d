package org.societyflow.society;

public enum OfficerRole {
    PRESIDENT("理事长"), VICE_PRESIDENT("副理事长"), SECRETARY_GENERAL("秘书长");

    private final String chineseName;

    OfficerRole(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The title as registers and letters write it. */
    public String chineseName() {
        return chineseName;
    }
}
