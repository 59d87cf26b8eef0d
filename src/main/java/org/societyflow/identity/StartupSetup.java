package org.societyflow.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.shared.ConcurrentUpdates;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Once the engine is up: the groups, authorizations and filters (the demo data, if any, comes next). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StartupSetup {

    private static final int ATTEMPTS = 3;

    private final GroupSetup groupSetup;

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.SETUP)
    void setUp() {
        ConcurrentUpdates.retried(ATTEMPTS, groupSetup::run);
    }
}
