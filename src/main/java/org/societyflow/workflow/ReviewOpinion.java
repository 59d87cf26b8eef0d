package org.societyflow.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/** One completed review: which application, which step, who, what decision and opinion, when. */
@Entity
public class ReviewOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private String businessKey;
    private String processInstanceId;
    private String taskId;
    @Getter
    private String taskDefinitionKey;
    @Getter
    private String taskName;
    @Getter
    private String userId;
    @Getter
    private String decision;
    @Getter
    private String opinion;
    @Getter
    private Instant createdAt;

    protected ReviewOpinion() {
    }

    ReviewOpinion(String businessKey, String processInstanceId, String taskId, String taskDefinitionKey,
                  String taskName, String userId, String decision, String opinion) {
        this.businessKey = businessKey;
        this.processInstanceId = processInstanceId;
        this.taskId = taskId;
        this.taskDefinitionKey = taskDefinitionKey;
        this.taskName = taskName;
        this.userId = userId;
        this.decision = decision;
        this.opinion = opinion;
        this.createdAt = EngineClock.now();
    }
}
