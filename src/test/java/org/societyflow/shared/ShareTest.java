package org.societyflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShareTest {

    @ParameterizedTest(name = "{1} of {2} reaches {0}: {3}")
    @CsvSource({
            "2/3, 20, 30, true",   // exactly two thirds, which 0.6667 would miss
            "2/3, 19, 30, false",
            "2/3, 0, 0, true",
            "1/3, 634, 1902, true",
            "1/3, 633, 1902, false",
            " 2 / 3 , 2, 3, true",
            "1/1, 5, 5, true",
            "0/1, 0, 9, true"})
    void reachedBy(String share, long part, long whole, boolean reached) {
        assertThat(Share.valueOf(share).reachedBy(part, whole)).isEqualTo(reached);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "2/3/4", "3/2", "1/0", "-1/3", "a/b"})
    void refusesWhatIsNoShare(String text) {
        assertThatThrownBy(() -> Share.valueOf(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2/3", "1/3"})
    void readsAsWritten(String text) {
        assertThat(Share.valueOf(text)).hasToString(text);
    }
}
