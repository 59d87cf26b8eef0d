package org.societyflow.workflow;

import java.time.Instant;
import org.societyflow.shared.EngineClock;

/** An open task as the portal lists it: where to do it ({@code link}) and by when. */
public record PortalTask(String id, String name, String title, String businessKey, Instant created, Instant due,
                         String link) {

    public boolean overdue() {
        return due != null && due.isBefore(EngineClock.now());
    }
}
