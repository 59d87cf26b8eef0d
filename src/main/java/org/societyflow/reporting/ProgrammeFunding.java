package org.societyflow.reporting;

import org.societyflow.grant.ProgrammeStatus;

/**
 * What one grant programme has to give and has given: {@code granted} sums the amounts of funded applications,
 * {@code planned} what the current list would grant before the decision (the programme page's 已安排).
 */
public record ProgrammeFunding(Long id, String title, int year, ProgrammeStatus status, long totalBudget,
                               long planned, long granted, long funded, long applications) {
}
