package org.societyflow.identity;

import org.societyflow.shared.ConcurrentUpdates;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Once the engine is up: the groups, authorizations and filters (the demo data, if any, comes next). */
@Component
class StartupSetup {

    private static final int ATTEMPTS = 3;

    private final GroupSetup groupSetup;

    StartupSetup(GroupSetup groupSetup) {
        this.groupSetup = groupSetup;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.SETUP)
    void setUp() {
        ConcurrentUpdates.retried(ATTEMPTS, groupSetup::run);
    }
}
