package org.societyflow.exit;

import java.util.List;
import java.util.stream.Collectors;

/** The indicators the identification table fired for one society, in rule order. */
record Indicators(List<Indicator> fired) {

    record Indicator(String code, String reason) {
    }

    boolean any() {
        return !fired.isEmpty();
    }

    /** One line per indicator, as reviewers and the society read them. */
    String text() {
        return fired.stream().map(Indicator::reason).collect(Collectors.joining("\n"));
    }

    /** The codes, sorted: equal when a later scan finds the same. */
    String fingerprint() {
        return fired.stream().map(Indicator::code).sorted().collect(Collectors.joining(","));
    }
}
