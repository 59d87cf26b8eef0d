package org.societyflow.workflow;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.societyflow.shared.FormValidator;

/** A campaign board: its rows and how many are in each status. */
public record Board(List<BoardRow> rows, Map<BoardStatus, Long> counts) {

    public static Board of(List<BoardRow> rows) {
        Map<BoardStatus, Long> counts = new EnumMap<>(BoardStatus.class);
        for (BoardStatus status : BoardStatus.values()) {
            counts.put(status, 0L);
        }
        rows.forEach(row -> counts.merge(row.status(), 1L, Long::sum));
        return new Board(rows, counts);
    }

    public long count(BoardStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long overdue() {
        return rows.stream().filter(BoardRow::overdue).count();
    }

    /** The rows in one of the statuses, all rows when none is given. */
    public List<BoardRow> filtered(Collection<BoardStatus> statuses) {
        return statuses == null || statuses.isEmpty() ? rows
                : rows.stream().filter(row -> statuses.contains(row.status())).toList();
    }

    /**
     * The rows a bulk action is asked for: those named by key, or every row in the given statuses. Naming nothing, or a
     * row that is not on the board, is a field error.
     */
    public List<BoardRow> select(Collection<String> keys, Collection<BoardStatus> statuses) {
        boolean byKey = keys != null && !keys.isEmpty();
        boolean byStatus = statuses != null && !statuses.isEmpty();
        if (byKey == byStatus) {
            FormValidator.throwIfAny(Map.of("rows", "board.selectRows"));
        }
        if (byStatus) {
            return filtered(statuses);
        }
        // a null key (a JSON body's) is a row not on the board, as any unknown key
        Set<String> wanted = new HashSet<>(keys);
        List<BoardRow> selected = rows.stream().filter(row -> wanted.contains(row.key())).toList();
        if (selected.size() != wanted.size()) {
            FormValidator.throwIfAny(Map.of("rows", "board.unknownRow"));
        }
        return selected;
    }
}
