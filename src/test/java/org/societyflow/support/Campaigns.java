package org.societyflow.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A campaign can be opened once per year, so each test that opens one takes its own past year, counting down to 2000
 * (the earliest a campaign may inspect). Demo societies, registered long before, take part in every one of them; the
 * societies tests register three years back ({@link TestSocieties#registerActive}) in none, as the count starts four
 * years back.
 */
public final class Campaigns {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(LocalDate.now().getYear() - 4);

    private Campaigns() {
    }

    public static int freshYear() {
        return NEXT_YEAR.getAndDecrement();
    }
}
