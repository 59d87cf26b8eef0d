package org.societyflow.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Once the engine is up: the groups, authorizations and filters; then, in the demo profile, the demo data. */
@Component
class StartupSetup {

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
        groupSetup.run();
        if (loadDemoData) {
            demoData.getObject().load();
        }
    }
}
