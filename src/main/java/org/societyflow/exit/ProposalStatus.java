package org.societyflow.exit;

/** A scan's proposal waits for 学会部, who confirms it (a case starts) or dismisses it with a reason. */
public enum ProposalStatus {
    PROPOSED, CONFIRMED, DISMISSED
}
