package org.societyflow.reelection;

/** The 材料 of a 换届; the departure audit of the outgoing legal representative is required with the results. */
public enum ReelectionAttachmentKind {
    PLAN, DEPARTURE_AUDIT, MINUTES, CHARTER, OTHER
}
