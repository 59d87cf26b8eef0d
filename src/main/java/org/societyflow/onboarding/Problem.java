package org.societyflow.onboarding;

/** One thing wrong in a register file: where (sheet, Excel row number, column header) and what, in words. */
public record Problem(String sheet, int row, String column, String message) {
}
