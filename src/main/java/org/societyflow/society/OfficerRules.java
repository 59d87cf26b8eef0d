package org.societyflow.society;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What every set of officers must have, wherever it is proposed (换届, 变更): one 理事长, one 秘书长, one 法定代表人. */
public final class OfficerRules {

    private OfficerRules() {
    }

    /** Adds an error under {@code field} when the officers break the rule. */
    public static <T> void check(List<T> officers, Function<T, OfficerRole> role, Function<T, Boolean> legalRepresentative,
                                 String field, Map<String, String> errors) {
        long presidents = officers.stream().filter(o -> role.apply(o) == OfficerRole.PRESIDENT).count();
        long secretaries = officers.stream().filter(o -> role.apply(o) == OfficerRole.SECRETARY_GENERAL).count();
        long legal = officers.stream().filter(o -> Boolean.TRUE.equals(legalRepresentative.apply(o))).count();
        if (presidents != 1 || secretaries != 1) {
            errors.putIfAbsent(field, "officers.incomplete");
        } else if (legal != 1) {
            errors.putIfAbsent(field, "officers.oneLegalRepresentative");
        }
    }
}
