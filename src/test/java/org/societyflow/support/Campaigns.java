package org.societyflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A campaign can be opened once per year, so each test that opens one takes its own past year, counting down to 1990
 * (the earliest a campaign may inspect). Demo societies, registered long before, take part in every one of them; the
 * societies tests register three years back ({@link TestSocieties#registerActive}) in none, as the count starts four
 * years back.
 */
public final class Campaigns {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(LocalDate.now().getYear() - 4);
    private static Integer sharedYear;

    private Campaigns() {
    }

    public static int freshYear() {
        return NEXT_YEAR.getAndDecrement();
    }

    /**
     * The year of one campaign opened for the tests that only need some demo society's inspection to fill in, and no
     * campaign of their own: the years down to 1990 are too few for one each.
     */
    public static synchronized int sharedYear(Api affairs) {
        if (sharedYear == null) {
            int year = freshYear();
            assertThat(affairs.post("/api/v1/campaigns", Map.of("year", year)).status()).isEqualTo(201);
            sharedYear = year;
        }
        return sharedYear;
    }

    /** The id of the society's inspection of the year, once the campaign's job has created it. */
    public static long inspectionOf(Api society, int year) {
        return Await.until("the inspection of " + society.user() + " of " + year, () -> {
            for (JsonNode inspection : society.get("/api/v1/inspections").body()) {
                if (inspection.get("year").asInt() == year) {
                    return inspection.get("id").asLong();
                }
            }
            return null;
        });
    }
}
