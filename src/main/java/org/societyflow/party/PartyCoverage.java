package org.societyflow.party;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.societyflow.society.Discipline;
import org.societyflow.society.Society;

/**
 * 党的组织覆盖 and 工作覆盖 of the societies under supervision (docs/RULES.md, G): in all, per discipline, and the
 * societies with neither an organisation, a 党建工作小组 nor an instructor.
 */
public record PartyCoverage(Count total, Map<Discipline, Count> byDiscipline, List<Society> uncovered) {

    /** Of {@code societies}: how many have an organisation, how many are covered at least by the work. */
    public record Count(int societies, int organised, int covered) {

        Count plus(PartyOrganisationRecord line) {
            return new Count(societies + 1, organised + (line != null && line.organised() ? 1 : 0),
                    covered + (line != null && line.covered() ? 1 : 0));
        }

        /** Organisational coverage in percent, rounded; 0 of no societies is 0. */
        public int organisedPercent() {
            return societies == 0 ? 0 : Math.round(100f * organised / societies);
        }

        public int coveredPercent() {
            return societies == 0 ? 0 : Math.round(100f * covered / societies);
        }
    }

    static PartyCoverage of(List<Society> societies, Map<Long, PartyOrganisationRecord> lines) {
        Count total = new Count(0, 0, 0);
        Map<Discipline, Count> byDiscipline = new EnumMap<>(Discipline.class);
        for (Society society : societies) {
            PartyOrganisationRecord line = lines.get(society.getId());
            total = total.plus(line);
            byDiscipline.merge(society.getDiscipline(), new Count(0, 0, 0).plus(line),
                    (a, b) -> new Count(a.societies() + b.societies(), a.organised() + b.organised(),
                            a.covered() + b.covered()));
        }
        List<Society> uncovered = societies.stream().filter(s -> lines.get(s.getId()) == null
                || !lines.get(s.getId()).covered()).toList();
        return new PartyCoverage(total, byDiscipline, uncovered);
    }
}
