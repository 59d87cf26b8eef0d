package org.societyflow.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A campaign can be opened once per year, so each test that opens one takes its own past year.
 * Demo societies registered before 2019 take part in every one of them.
 */
public final class Campaigns {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2018);

    private Campaigns() {
    }

    public static int freshYear() {
        return NEXT_YEAR.getAndDecrement();
    }
}
