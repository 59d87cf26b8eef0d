package org.societyflow.workflow;

import java.util.Map;

/** The society step 补正 returns an application to, with the fields (name → label key) a reviewer may tick. */
public record CorrectionTarget(String activityId, String name, Map<String, String> fields) {
}
