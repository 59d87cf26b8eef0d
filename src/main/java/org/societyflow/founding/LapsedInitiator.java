package org.societyflow.founding;

import java.time.Instant;

/**
 * An initiator of a founding application that lapsed, and when it closed: the same person or unit (name and
 * employer) may not initiate again until {@code societyflow.founding.reapply-after} has passed (DOMAIN A.5).
 */
record LapsedInitiator(String name, String employer, Instant closedAt) {

    boolean same(Initiator initiator) {
        return stripped(name).equals(stripped(initiator.getName()))
                && stripped(employer).equals(stripped(initiator.getEmployer()));
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
