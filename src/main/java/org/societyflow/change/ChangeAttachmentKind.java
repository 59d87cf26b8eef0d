package org.societyflow.change;

/** The 材料 of a 变更: a council resolution always helps; a new legal representative needs a departure audit. */
public enum ChangeAttachmentKind {
    RESOLUTION, CHARTER, DEPARTURE_AUDIT, CERTIFICATE, OTHER
}
