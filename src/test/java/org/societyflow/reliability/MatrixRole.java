package org.societyflow.reliability;

import java.util.EnumSet;
import java.util.Set;

/** The callers of the authorization matrix, in the order of its columns. */
enum MatrixRole {

    ANONYMOUS("anon"),
    /** The secretariat of the society whose records the matrix calls. */
    OWNER("owner"),
    /** The secretariat of another society, calling the owner's identifiers. */
    OTHER_SOCIETY("other"),
    EXPERT("expert"),
    /** 学会发起人: owns the founding application of the matrix, nothing else. */
    INITIATOR("init"),
    AFFAIRS("affairs"),
    PARTY("party"),
    LEADER("leader"),
    ADMIN("admin");

    static final Set<MatrixRole> STAFF = EnumSet.of(AFFAIRS, PARTY, LEADER, ADMIN);

    final String label;

    MatrixRole(String label) {
        this.label = label;
    }
}
