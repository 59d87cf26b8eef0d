package org.societyflow.grant;

/** The documents of a grant application: the application's own and, when funded, the final report's. */
public enum GrantAttachmentKind {
    APPLICATION_FORM, BUDGET_DETAIL, ORGANISER_AGREEMENT, EVENT_MATERIALS, FINAL_REPORT, EXPENSE_VOUCHERS, OTHER
}
