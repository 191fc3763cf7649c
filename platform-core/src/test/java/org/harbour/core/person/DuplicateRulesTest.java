package org.harbour.core.person;

import org.harbour.core.person.domain.DuplicateLikelihood;
import org.harbour.core.person.domain.DuplicateRules;
import org.harbour.core.person.domain.IdentifyingDetails;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateRulesTest {

    private static final LocalDate DOB = LocalDate.of(2015, 3, 7);
    private static final IdentifyingDetails EXISTING = IdentifyingDetails.of("Mohammed", "Khan", DOB,
            "943 476 5919", "U820200101001", "HB3 2AB");

    private static DuplicateLikelihood likelihood(IdentifyingDetails proposed) {
        return DuplicateRules.assess(proposed, EXISTING).map(DuplicateRules.Match::likelihood).orElse(null);
    }

    @Test
    void sameNhsNumberOrUpnIsCertainWhateverTheName() {
        assertThat(likelihood(IdentifyingDetails.of("Ann", "Other", null, "9434765919", null, null)))
                .isEqualTo(DuplicateLikelihood.CERTAIN);
        assertThat(likelihood(IdentifyingDetails.of("Ann", "Other", null, null, "u820200101001", null)))
                .isEqualTo(DuplicateLikelihood.CERTAIN);
    }

    @Test
    void nameSoundingAlikeWithTheSameDateOfBirthIsLikely() {
        var match = DuplicateRules.assess(IdentifyingDetails.of("Muhamad", "Kahn", DOB, null, null, null), EXISTING);
        assertThat(match).isPresent();
        assertThat(match.get().likelihood()).isEqualTo(DuplicateLikelihood.LIKELY);
        assertThat(match.get().reason()).contains("same date of birth");
    }

    @Test
    void nearDateOfBirthOrSamePostcodeIsPossible() {
        assertThat(likelihood(IdentifyingDetails.of("Muhammad", "Khan", LocalDate.of(2015, 7, 3), null, null, null)))
                .as("day and month swapped").isEqualTo(DuplicateLikelihood.POSSIBLE);
        assertThat(likelihood(IdentifyingDetails.of("Muhammad", "Khan", LocalDate.of(2016, 3, 7), null, null, null)))
                .as("year one out").isEqualTo(DuplicateLikelihood.POSSIBLE);
        assertThat(likelihood(IdentifyingDetails.of("Muhammad", "Khan", LocalDate.of(2012, 1, 1), null, null, "hb32ab")))
                .as("same postcode").isEqualTo(DuplicateLikelihood.POSSIBLE);
        assertThat(likelihood(IdentifyingDetails.of("Muhammad", "Khan", null, null, null, null)))
                .as("no date of birth").isEqualTo(DuplicateLikelihood.POSSIBLE);
    }

    @Test
    void sameNameWithADistantDateOfBirthAndNoOtherLinkIsNoDuplicate() {
        assertThat(likelihood(IdentifyingDetails.of("Mohammed", "Khan", LocalDate.of(2012, 1, 1), null, null, "HB1 4QT")))
                .isNull();
        assertThat(likelihood(IdentifyingDetails.of("Michael", "Khan", DOB, null, null, "HB3 2AB")))
                .as("given name differs").isNull();
    }

    @Test
    void invalidIdentifiersCountAsAbsent() {
        assertThat(likelihood(IdentifyingDetails.of("Ann", "Other", null, "9434765918", "A820200101001", null)))
                .isNull();
    }
}
