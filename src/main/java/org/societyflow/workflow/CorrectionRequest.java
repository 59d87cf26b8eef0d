package org.societyflow.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import org.societyflow.shared.EngineClock;

/** 补正: a reviewer asked the society to correct these fields of a step it passed; resolved when it resubmits. */
@Entity
public class CorrectionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessKey;
    private String processInstanceId;
    private String taskDefinitionKey;
    private String stepName;
    /** the fields' names, comma-separated: form field names contain no commas */
    private String fieldNames;
    private String reason;
    private String requestedBy;
    private Instant requestedAt;
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

    public String getBusinessKey() { return businessKey; }
    public String getTaskDefinitionKey() { return taskDefinitionKey; }
    public String getStepName() { return stepName; }
    public List<String> getFields() { return List.of(fieldNames.split(",")); }
    public String getReason() { return reason; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getResolvedAt() { return resolvedAt; }
}
