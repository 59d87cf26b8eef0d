package org.societyflow.society;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeTest {

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
            // published codes with their check characters
            "91350100M000100Y43, true",
            "91110000600037341L, true",
            "51420100MJH40577X4, true",
            "51420100MJH40577XN, false",
            // one character changed: the check fails
            "91350100M000100Y44, false",
            // letters outside the GB 32100 alphabet (I, O, S, V, Z)
            "91350100M000100YO3, false",
            // wrong length, lower case, empty
            "91350100M000100Y4, false",
            "91350100m000100y43, false",
            "'', false"
    })
    void checksLengthAlphabetAndCheckCharacter(String code, boolean valid) {
        assertThat(CreditCode.isValid(code)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"91350100M000100Y4, 3", "91110000600037341, L"})
    void computesTheCheckCharacter(String first17, char check) {
        assertThat(CreditCode.checkCharacter(first17)).isEqualTo(check);
    }
}
