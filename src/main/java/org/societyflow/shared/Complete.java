package org.societyflow.shared;

/**
 * Validation group of what a society form must have to be submitted, on top of the default constraints
 * that hold for a saved draft too.
 */
public interface Complete {
}
