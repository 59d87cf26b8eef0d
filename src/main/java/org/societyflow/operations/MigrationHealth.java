package org.societyflow.operations;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Readiness' {@code flyway}: UP once this node's Flyway run has migrated the database (or found nothing to do).
 * Flyway calls back at the end of its run; a node whose migration failed never gets here, so this says which of
 * the two a half-started node is in.
 */
@Component("flywayHealthIndicator")
class MigrationHealth extends AbstractHealthIndicator implements Callback {

    private volatile boolean migrated;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        migrated = true;
    }

    @Override
    public String getCallbackName() {
        return "societyflow-readiness";
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.status(migrated ? Status.UP : Status.OUT_OF_SERVICE);
    }
}
