package org.societyflow.grant;

import java.util.EnumSet;
import java.util.Set;

/**
 * The documents of a grant application: the application's own and, when funded, the final report's. The 申报书 and
 * the 预算明细 must be attached before the application is submitted (docs/RULES.md, F).
 */
public enum GrantAttachmentKind {
    APPLICATION_FORM, BUDGET_DETAIL, ORGANISER_AGREEMENT, EVENT_MATERIALS, FINAL_REPORT, EXPENSE_VOUCHERS, OTHER;

    static final Set<GrantAttachmentKind> REQUIRED_FOR_SUBMISSION = EnumSet.of(APPLICATION_FORM, BUDGET_DETAIL);
}
