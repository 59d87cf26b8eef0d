package org.societyflow.society;

/** Registration status of a society (docs/RULES.md, the register). */
public enum SocietyStatus {
    PREPARING, ACTIVE, RECTIFYING, EXITED
}
