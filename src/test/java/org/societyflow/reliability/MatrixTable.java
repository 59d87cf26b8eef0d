package org.societyflow.reliability;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answers of a matrix, row by row, printed for a reader: each role's status, marked when refused or wrong. */
final class MatrixTable {

    private record Cell(String answer, boolean allowed, boolean wrong) {

        @Override
        public String toString() {
            return (wrong ? "!" : "") + (allowed ? "" : "·") + answer;
        }
    }

    private final Map<String, Map<MatrixRole, Cell>> rows = new LinkedHashMap<>();

    void put(String row, MatrixRole role, String answer, boolean allowed, boolean wrong) {
        rows.computeIfAbsent(row, r -> new EnumMap<>(MatrixRole.class)).put(role, new Cell(answer, allowed, wrong));
    }

    String print(String title) {
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        int column = Math.max(9, rows.values().stream().flatMap(r -> r.values().stream())
                .mapToInt(c -> c.toString().length()).max().orElse(8) + 1);
        long cells = rows.values().stream().mapToLong(Map::size).sum();
        long wrong = rows.values().stream().flatMap(r -> r.values().stream()).filter(Cell::wrong).count();
        StringBuilder out = new StringBuilder(title + ": " + rows.size() + " rows x " + MatrixRole.values().length
                + " roles = " + cells + " cells, " + wrong + " wrong (a status is an allowed caller's; ·status a refused "
                + "caller's; login: redirected to the login; ! a wrong cell)\n");
        out.append(String.format("%-" + width + "s", ""));
        for (MatrixRole role : MatrixRole.values()) {
            out.append(String.format("%-" + column + "s", role.label));
        }
        rows.forEach((row, answers) -> {
            out.append('\n').append(String.format("%-" + width + "s", row));
            for (MatrixRole role : MatrixRole.values()) {
                out.append(String.format("%-" + column + "s", answers.getOrDefault(role, new Cell("-", true, false))));
            }
        });
        return out.toString();
    }
}
