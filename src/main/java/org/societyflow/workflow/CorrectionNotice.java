package org.societyflow.workflow;

import java.time.Instant;
import java.util.List;

/** The open 补正 of an application as its pages show it: the step, the fields with their labels, the reason. */
public record CorrectionNotice(String stepName, List<Field> fields, String reason, String requestedBy, Instant requestedAt) {

    /** A form field by its name in the portal form and the message key of its label. */
    public record Field(String name, String label) {
    }

    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }
}
