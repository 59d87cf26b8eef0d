package org.societyflow.reelection;

/** 按期 / 提前 / 延期 换届. */
public enum Timing {
    REGULAR, BRING_FORWARD, POSTPONE
}
