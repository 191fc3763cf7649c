package org.harbour.core.person;

import org.harbour.core.person.domain.Upn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpnTest {

    @Test
    void checkLetterOfAPermanentUpnWorkedByHand() {
        // Characters 2-13 of ?820200101001, weighted 2 to 13:
        // 8*2 + 2*3 + 0*4 + 2*5 + 0*6 + 0*7 + 1*8 + 0*9 + 1*10 + 0*11 + 0*12 + 1*13 = 16+6+10+8+10+13 = 63.
        int sum = 8 * 2 + 2 * 3 + 0 * 4 + 2 * 5 + 0 * 6 + 0 * 7 + 1 * 8 + 0 * 9 + 1 * 10 + 0 * 11 + 0 * 12 + 1 * 13;
        assertThat(sum).isEqualTo(63);
        // 63 mod 23 = 17; counting A=0 through the alphabet without I, O, S: ...N=12, P=13, Q=14, R=15, T=16, U=17.
        assertThat(sum % 23).isEqualTo(17);
        assertThat(Upn.checkLetter("820200101001")).isEqualTo('U');
        assertThat(Upn.isValid("U820200101001")).isTrue();
        assertThat(Upn.isTemporary("U820200101001")).isFalse();
    }

    @Test
    void temporaryUpnEndsInALetterThatCountsAsItsPositionInTheAlphabet() {
        // ?82020010100A: as above but the last character A counts 0, so 63 - 13 = 50; 50 mod 23 = 4 = E.
        assertThat(Upn.checkLetter("82020010100A")).isEqualTo('E');
        assertThat(Upn.isValid("E82020010100A")).isTrue();
        assertThat(Upn.isTemporary("E82020010100A")).isTrue();
        // With B (= 1) last: 50 + 1*13 = 63, 63 mod 23 = 17 = U.
        assertThat(Upn.isValid("U82020010100B")).isTrue();
    }

    @Test
    void acceptsLowerCaseAndSpacesAndNormalisesThem() {
        assertThat(Upn.isValid("u 820 200 101 001")).isTrue();
        assertThat(Upn.normalise("u 820 200 101 001")).isEqualTo("U820200101001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "A820200101001", // wrong check letter (U expected)
            "U82020010100",  // 12 characters
            "U8202001010011", // 14 characters
            "I820200101001", // I is not in the check alphabet
            "U82020010100I", // nor as a temporary UPN's last letter
            "U8202001A1001", // a letter in the middle
            "182020010100B"  // no check letter
    })
    void refusesWrongCheckLetterLengthOrCharacters(String value) {
        assertThat(Upn.isValid(value)).isFalse();
    }

    @Test
    void checkLetterNeedsElevenDigitsAndADigitOrLetter() {
        assertThatThrownBy(() -> Upn.checkLetter("82020010100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Upn.checkLetter("82020010100O")).isInstanceOf(IllegalArgumentException.class);
    }
}
