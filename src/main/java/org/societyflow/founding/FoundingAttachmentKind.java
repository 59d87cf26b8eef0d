package org.societyflow.founding;

/** The 材料 of a founding application; a draft charter and the members' commitments are required. */
public enum FoundingAttachmentKind {
    DRAFT_CHARTER, MEMBER_COMMITMENTS, FUNDS_PROOF, PREMISES_PROOF, SPONSOR_LETTERS, OTHER;

    static final java.util.Set<FoundingAttachmentKind> REQUIRED = java.util.EnumSet.of(DRAFT_CHARTER, MEMBER_COMMITMENTS);
}
