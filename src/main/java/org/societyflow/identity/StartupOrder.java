package org.societyflow.identity;

/** Order of the work done once the application is ready: groups first, then the demo data, then the scans. */
public final class StartupOrder {

    public static final int SETUP = 0;
    public static final int DEMO_DATA = 5;
    public static final int AFTER_SETUP = 10;

    private StartupOrder() {
    }
}
