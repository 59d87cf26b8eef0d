package org.societyflow.society;

/** Registration status of a society (docs/RULES.md, the register). */
public enum SocietyStatus {
    PREPARING, ACTIVE, RECTIFYING, EXITED;

    /** Registered and not gone: it may start an application (an exited one may not, nor one still in 筹备). */
    public boolean operating() {
        return this == ACTIVE || this == RECTIFYING;
    }
}
