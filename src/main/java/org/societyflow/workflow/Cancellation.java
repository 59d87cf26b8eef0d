package org.societyflow.workflow;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import lombok.Getter;

/**
 * Who ended an application early, when and why (已终止): its process was cancelled, by an admin or by the society's
 * exit, or its draft was dropped when the society left the register. Each application table holds it in the columns
 * {@code cancelled_by}, {@code cancelled_at}, {@code cancel_reason} (Flyway V19); all null while it runs or ended as
 * its process ended.
 */
@Embeddable
@Getter
public class Cancellation {

    private String cancelledBy;

    private Instant cancelledAt;

    private String cancelReason;

    protected Cancellation() {
    }

    public Cancellation(String cancelledBy, Instant cancelledAt, String cancelReason) {
        this.cancelledBy = cancelledBy;
        this.cancelledAt = cancelledAt;
        this.cancelReason = cancelReason;
    }
}
