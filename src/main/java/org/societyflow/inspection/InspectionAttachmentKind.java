package org.societyflow.inspection;

import java.util.EnumSet;
import java.util.Set;

/** The 材料 of a 年检 (docs/RULES.md, 年检); the first three must be attached before the report is submitted. */
public enum InspectionAttachmentKind {
    AUDIT_REPORT, REGISTRATION_CERTIFICATE, DECLARATION, RECTIFICATION, OTHER;

    static final Set<InspectionAttachmentKind> REQUIRED_FOR_REPORT =
            EnumSet.of(AUDIT_REPORT, REGISTRATION_CERTIFICATE, DECLARATION);
}
