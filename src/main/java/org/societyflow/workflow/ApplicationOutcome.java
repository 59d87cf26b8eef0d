package org.societyflow.workflow;

import java.util.List;

/**
 * Implemented by a process feature whose decision has a substance beyond 同意 / 不同意 (the grade of a 年检): what the
 * 审批单 prints as the decision, line by line. A process without one prints its reviewers' decisions only.
 */
public interface ApplicationOutcome {

    /** The process definition key this outcome answers for. */
    String processDefinitionKey();

    /** The decision of the application {@code businessKey} so far, in order; empty while nothing is decided. */
    List<Line> outcome(String businessKey);

    /**
     * One line of the decision: its label and value are message keys ({@code value} with {@code detail} as its
     * argument {0} when given), so the sheet reads in the reader's language.
     */
    record Line(String label, String value, String detail) {
    }
}
