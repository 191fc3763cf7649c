package org.harbour.core.person;

import org.harbour.core.person.domain.Postcode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
            "sw1a1aa, SW1A 1AA",
            "SW1A 1AA, SW1A 1AA",
            "' m1  1ae ', M1 1AE",
            "B338TH, B33 8TH",
            "cr2 6xh, CR2 6XH",
            "DN551PT, DN55 1PT",
            "W1A 0AX, W1A 0AX",
            "EC1A1BB, EC1A 1BB",
            "HB3 2AB, HB3 2AB"
    })
    void normalisesToCapitalsWithOneSpaceBeforeTheInwardCode(String input, String expected) {
        assertThat(Postcode.normalise(input)).isEqualTo(expected);
        assertThat(Postcode.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"SW1A", "1AA SW1", "SW1A 1A", "QW1 1AA", "SW1A 1CA", "M1 1AEE", "not a postcode", "12345"})
    void refusesWhatCannotBeAUkPostcode(String input) {
        assertThat(Postcode.normalise(input)).isNull();
        assertThat(Postcode.isValid(input)).isFalse();
    }
}
