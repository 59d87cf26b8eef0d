package org.societyflow.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A campaign board and a bulk action's result as the JSON API shows them, labels in the caller's language. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BoardJson {

    /** What a bulk action is asked for: row keys, or every row in the statuses; an opinion for approvals. */
    public record BulkRequest(List<String> rows, List<BoardStatus> statuses, String opinion) {
    }

    public record Row(String key, Long societyId, String societyName, Long applicationId, String applicationNo,
                      String link, BoardStatus status, String label, String detail, String step, Instant due,
                      boolean overdue) {
    }

    public record Rows(List<Row> rows, Map<BoardStatus, Long> counts, long overdue) {
    }

    public record Outcome(String key, String societyName, String applicationNo, BulkResult.Result result,
                          List<String> reasons) {
    }

    public record Result(long done, long skipped, long failed, List<Outcome> outcomes) {
    }

    private final MessageSource messages;

    public Rows rows(Board board, List<BoardStatus> filter) {
        return new Rows(board.filtered(filter).stream().map(r -> new Row(r.key(), r.societyId(), r.societyName(),
                r.applicationId(), r.applicationNo(), r.link(), r.status(), text("BoardStatus." + r.status()),
                text(r.detailKey()), r.step() == null ? null : r.step().name(), r.due(), r.overdue())).toList(),
                board.counts(), board.overdue());
    }

    public Result result(BulkResult result) {
        return new Result(result.count(BulkResult.Result.DONE), result.count(BulkResult.Result.SKIPPED),
                result.count(BulkResult.Result.FAILED), result.outcomes().stream().map(o -> new Outcome(o.key(),
                        o.societyName(), o.applicationNo(), o.result(), o.error() != null ? List.of(o.error())
                        : o.reasons().stream().map(this::text).toList())).toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
