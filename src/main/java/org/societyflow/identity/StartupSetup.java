package org.societyflow.identity;

import org.societyflow.shared.ConcurrentUpdates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Once the engine is up: the groups, authorizations and filters; then, in the demo profile, the demo data. */
@Component
class StartupSetup {

    private static final int ATTEMPTS = 3;

    private final GroupSetup groupSetup;
    private final ObjectProvider<DemoData> demoData;
    private final boolean loadDemoData;

    StartupSetup(GroupSetup groupSetup, ObjectProvider<DemoData> demoData,
                 @Value("${societyflow.demo-data:false}") boolean loadDemoData) {
        this.groupSetup = groupSetup;
        this.demoData = demoData;
        this.loadDemoData = loadDemoData;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.SETUP)
    void setUp() {
        for (int attempt = 1; ; attempt++) {
            try {
                groupSetup.run();
                if (loadDemoData) {
                    demoData.getObject().load();
                }
                return;
            } catch (RuntimeException e) {
                // another node of the cluster, starting at the same moment, wrote the same rows first: look again
                if (attempt == ATTEMPTS || !ConcurrentUpdates.causedBy(e)) {
                    throw e;
                }
            }
        }
    }
}
