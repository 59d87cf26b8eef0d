package org.societyflow.workflow;

import java.time.Instant;

/** One of a society's applications (any process), as its home page lists it. */
public record PortalApplication(String businessKey, String process, String title, Instant started, Instant ended,
                                String link) {
}
