package org.harbour.core.person;

import org.harbour.core.person.domain.DuplicateRules;
import org.harbour.core.person.domain.PhoneticName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneticNameTest {

    @ParameterizedTest
    @CsvSource({
            "Mohammed, Muhamad",
            "Mohammed, Muhammad",
            "Mohammed, Mohamed",
            "Stephen, Steven",
            "Smith, Smyth",
            "Catherine, Kathryn",
            "O'Neill, ONeill",
            "Zoë, Zoe",
            "Aisha, Ayesha"
    })
    void namesSaidAlikeShareAKey(String a, String b) {
        assertThat(PhoneticName.of(a).soundsLike(PhoneticName.of(b))).as(a + " / " + b).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Mohammed, Michael", "Smith, Jones", "Amelia, Olivia", "Khan, Begum"})
    void differentNamesDoNot(String a, String b) {
        assertThat(PhoneticName.of(a).soundsLike(PhoneticName.of(b))).as(a + " / " + b).isFalse();
        assertThat(DuplicateRules.namesAlike(a, b)).as(a + " / " + b).isFalse();
    }

    @Test
    void aTypoThatChangesTheKeyIsStillCaughtBySimilarity() {
        assertThat(DuplicateRules.similarity("Williams", "Wiliams")).isGreaterThan(0.92);
        assertThat(DuplicateRules.namesAlike("Williams", "Wiliams")).isTrue();
    }

    @Test
    void nothingToEncodeGivesNoKeys() {
        assertThat(PhoneticName.of("").keys()).isEmpty();
        assertThat(PhoneticName.of(null).keys()).isEmpty();
        assertThat(PhoneticName.of("-'").soundsLike(PhoneticName.of("-'"))).isFalse();
    }
}
