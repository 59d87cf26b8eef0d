package org.societyflow.onboarding;

import java.util.List;

/** What checking a register file found: its problems, and per society what importing it would create or change. */
public record ImportPlan(List<Problem> problems, List<PlannedSociety> societies) implements ImportPreview {

    public List<PlannedSociety> creates() {
        return societies.stream().filter(PlannedSociety::created).toList();
    }

    public List<PlannedSociety> changes() {
        return societies.stream().filter(PlannedSociety::changed).toList();
    }

    public long unchanged() {
        return societies.size() - creates().size() - changes().size();
    }
}
