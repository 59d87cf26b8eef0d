package org.societyflow.society;

/**
 * A society in 筹备 entered the register (民政局 registered it): published in the registering transaction, for the
 * duties that start with registration (the party organisation report) to begin once it commits.
 */
public record SocietyRegistered(Long societyId) {
}
