package org.societyflow.society;

/**
 * A society left the register (status {@link SocietyStatus#EXITED}): published in the exiting transaction, with the
 * reason and who decided it, for what the society had under way without a process (a grant draft) to end with it.
 */
public record SocietyExited(Long societyId, String reason, String by) {
}
