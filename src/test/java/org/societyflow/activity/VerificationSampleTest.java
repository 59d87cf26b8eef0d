package org.societyflow.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample of activity-verification: the share of a year's numbers drawn, and the same number always drawn alike. */
class VerificationSampleTest {

    static ActivityService withShare(double share) {
        ActivitySettings settings = new ActivitySettings();
        settings.setVerificationShare(share);
        return new ActivityService(null, null, settings, null);
    }

    static long drawnOf(ActivityService service) {
        return IntStream.rangeClosed(1, 1000).filter(n -> service.drawn("HD-2026-%04d".formatted(n))).count();
    }

    @ParameterizedTest
    @CsvSource({"0.0, 0, 0", "1.0, 1000, 1000", "0.3, 250, 350", "0.5, 450, 550"})
    void aShareDrawsAboutThatShareOfAYearsNumbers(double share, long atLeast, long atMost) {
        assertThat(drawnOf(withShare(share))).isBetween(atLeast, atMost);
    }

    @ParameterizedTest
    @CsvSource({"HD-2026-0001", "HD-2026-0002", "HD-2026-0417"})
    void theSameNumberAlwaysDrawsTheSame(String applicationNo) {
        ActivityService service = withShare(0.3);
        assertThat(service.drawn(applicationNo)).isEqualTo(withShare(0.3).drawn(applicationNo));
        assertThat(withShare(1.0).drawn(applicationNo)).isTrue();
        assertThat(withShare(0.0).drawn(applicationNo)).isFalse();
    }
}
