package org.societyflow.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/** 补正: a reviewer asked the society to correct these fields of a step it passed; resolved when it resubmits. */
@Entity
public class CorrectionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private String businessKey;
    private String processInstanceId;
    @Getter
    private String taskDefinitionKey;
    @Getter
    private String stepName;
    /** the fields' names, comma-separated: form field names contain no commas */
    private String fieldNames;
    @Getter
    private String reason;
    @Getter
    private String requestedBy;
    @Getter
    private Instant requestedAt;
    @Getter
    private Instant resolvedAt;

    protected CorrectionRequest() {
    }

    CorrectionRequest(String businessKey, String processInstanceId, String taskDefinitionKey, String stepName,
                      List<String> fields, String reason, String requestedBy) {
        this.businessKey = businessKey;
        this.processInstanceId = processInstanceId;
        this.taskDefinitionKey = taskDefinitionKey;
        this.stepName = stepName;
        this.fieldNames = String.join(",", fields);
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = EngineClock.now();
    }

    void resolve() {
        this.resolvedAt = EngineClock.now();
    }

    public List<String> getFields() { return List.of(fieldNames.split(",")); }
}
