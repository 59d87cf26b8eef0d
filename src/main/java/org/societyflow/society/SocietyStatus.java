package org.societyflow.society;

/** Registration status of a society (DOMAIN.md "Who is who"). */
public enum SocietyStatus {
    PREPARING, ACTIVE, RECTIFYING, EXITED
}
