package org.societyflow.workflow;

import java.util.List;

/**
 * What a bulk action did, case by case: each done, skipped (with the reasons, message keys) or failed (with the error's
 * text; the case's transaction was rolled back).
 */
public record BulkResult(List<Outcome> outcomes) {

    public enum Result { DONE, SKIPPED, FAILED }

    public record Outcome(String key, String societyName, String applicationNo, Result result, List<String> reasons,
                          String error) {
    }

    public long count(Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    public List<Outcome> of(Result result) {
        return outcomes.stream().filter(o -> o.result() == result).toList();
    }
}
