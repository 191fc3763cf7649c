package org.harbour.core.person;

import org.harbour.core.person.domain.NhsNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "4010232137"})
    void acceptsNumbersWhoseCheckDigitIsRight(String value) {
        assertThat(NhsNumber.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"9434765918", "943476591", "94347659190", "94347A5919", "943-476-5919"})
    void refusesWrongCheckDigitLengthOrCharacters(String value) {
        assertThat(NhsNumber.isValid(value)).isFalse();
    }

    @Test
    void checkDigitWorkedByHand() {
        // 943 476 591, weighted 10 down to 2: 90+36+24+28+42+30+20+27+2 = 299; 299 mod 11 = 2; 11 - 2 = 9.
        int sum = 9 * 10 + 4 * 9 + 3 * 8 + 4 * 7 + 7 * 6 + 6 * 5 + 5 * 4 + 9 * 3 + 1 * 2;
        assertThat(sum).isEqualTo(299);
        assertThat(11 - (sum % 11)).isEqualTo(9);
        assertThat(NhsNumber.checkDigit("943476591")).isEqualTo(9);
    }

    @Test
    void remainderGivingTenMeansNoValidNumber() {
        // 100000001: 1*10 + 1*2 = 12; 12 mod 11 = 1; 11 - 1 = 10, which no digit can carry.
        assertThat(NhsNumber.checkDigit("100000001")).isEqualTo(-1);
        assertThat(NhsNumber.isValid("1000000010")).isFalse();
    }

    @Test
    void remainderZeroGivesCheckDigitZero() {
        // 000000000 sums to 0: 11 - 0 = 11, written as 0.
        assertThat(NhsNumber.checkDigit("000000000")).isZero();
    }

    @Test
    void checkDigitNeedsNineDigits() {
        assertThatThrownBy(() -> NhsNumber.checkDigit("12345")).isInstanceOf(IllegalArgumentException.class);
    }
}
