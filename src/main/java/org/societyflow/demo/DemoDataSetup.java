package org.societyflow.demo;

import org.societyflow.identity.StartupOrder;
import org.societyflow.shared.ConcurrentUpdates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data when {@code societyflow.demo-data} is on (the default H2 profile; never the {@code mysql}
 * profile): after the groups are set up, before the start-up scans, so these see the demo societies.
 */
@Component
class DemoDataSetup {

    private static final int ATTEMPTS = 3;

    private final DemoSocieties societies;
    private final DemoGrants grants;
    private final DemoPartyOrganisations partyOrganisations;
    private final DemoActivities activities;
    private final boolean enabled;

    DemoDataSetup(DemoSocieties societies, DemoGrants grants, DemoPartyOrganisations partyOrganisations,
                  DemoActivities activities, @Value("${societyflow.demo-data:false}") boolean enabled) {
        this.societies = societies;
        this.grants = grants;
        this.partyOrganisations = partyOrganisations;
        this.activities = activities;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DEMO_DATA)
    void load() {
        if (enabled) {
            ConcurrentUpdates.retried(ATTEMPTS, () -> {
                societies.load();
                partyOrganisations.load();
                activities.load();
                grants.load();
            });
        }
    }
}
