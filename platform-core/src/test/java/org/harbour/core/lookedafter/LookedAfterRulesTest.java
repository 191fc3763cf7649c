package org.harbour.core.lookedafter;

import org.harbour.core.activity.domain.ReviewParticipation;
import org.harbour.core.lookedafter.domain.LookedAfterRules;
import org.harbour.core.lookedafter.domain.LookedAfterStatus;
import org.harbour.core.spi.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The practitioner's looked-after records are refused, field by field, before anything is saved. */
class LookedAfterRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aMissingEpisodeEndsOnOrAfterItsStart() {
        assertThatCode(() -> LookedAfterRules.missing("M", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), true,
                true, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> LookedAfterRules.missing("A", LocalDate.of(2026, 5, 1), null, false, false, TODAY))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LookedAfterRules.missing("M", LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1),
                false, false, TODAY)).isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "end");
    }

    @Test
    void aMissingEpisodeNamesItsKindIsNotInTheFutureAndAnInterviewIsAcceptedOnlyWhenOffered() {
        assertThatThrownBy(() -> LookedAfterRules.missing("X", LocalDate.of(2026, 5, 1), null, false, false, TODAY))
                .hasFieldOrPropertyWithValue("field", "kind");
        assertThatThrownBy(() -> LookedAfterRules.missing("M", null, null, false, false, TODAY))
                .hasFieldOrPropertyWithValue("field", "start");
        assertThatThrownBy(() -> LookedAfterRules.missing("M", TODAY.plusDays(1), null, false, false, TODAY))
                .hasFieldOrPropertyWithValue("field", "start");
        assertThatThrownBy(() -> LookedAfterRules.missing("M", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3),
                false, true, TODAY)).hasFieldOrPropertyWithValue("field", "interviewAccepted");
    }

    @Test
    void theSdqIsAScoreFrom0To40OrAReasonAndAnInterventionNeedsSubstanceMisuse() {
        assertThatCode(() -> LookedAfterRules.health(40, null, true, true, null)).doesNotThrowAnyException();
        assertThatCode(() -> LookedAfterRules.health(null, "SDQ1", false, null, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> LookedAfterRules.health(41, null, false, null, null))
                .hasFieldOrPropertyWithValue("field", "sdqScore");
        assertThatThrownBy(() -> LookedAfterRules.health(12, "SDQ2", false, null, null))
                .hasFieldOrPropertyWithValue("field", "sdqReason");
        assertThatThrownBy(() -> LookedAfterRules.health(null, "SDQ9", false, null, null))
                .hasFieldOrPropertyWithValue("field", "sdqReason");
        assertThatThrownBy(() -> LookedAfterRules.health(3, null, false, true, null))
                .hasFieldOrPropertyWithValue("field", "interventionReceived");
    }

    @Test
    void statusDatesFollowEachOtherAndCodesAreTheDfes() {
        LookedAfterStatus ok = status();
        ok.setUascFrom(LocalDate.of(2024, 1, 1));
        ok.setUascCeased(LocalDate.of(2025, 1, 1));
        ok.setMother(true);
        ok.setChildBornOn(LocalDate.of(2025, 6, 1));
        ok.setPreviousPermanence("P2");
        ok.setAdoptionDecidedOn(LocalDate.of(2025, 1, 1));
        ok.setAdoptionMatchedOn(LocalDate.of(2025, 3, 1));
        ok.setPlacedForAdoptionOn(LocalDate.of(2025, 4, 1));
        ok.setAdoptersNumber(2);
        ok.setAdoptersSex("MF");
        ok.setAdoptersLegalStatus("L11");
        assertThatCode(() -> LookedAfterRules.status(ok, LocalDate.of(2008, 1, 1), TODAY)).doesNotThrowAnyException();

        LookedAfterStatus ceasedFirst = status();
        ceasedFirst.setUascFrom(LocalDate.of(2024, 1, 1));
        ceasedFirst.setUascCeased(LocalDate.of(2023, 1, 1));
        assertThatThrownBy(() -> LookedAfterRules.status(ceasedFirst, null, TODAY))
                .hasFieldOrPropertyWithValue("field", "uascCeased");

        LookedAfterStatus youngerMother = status();
        youngerMother.setMother(true);
        youngerMother.setChildBornOn(LocalDate.of(2007, 1, 1));
        assertThatThrownBy(() -> LookedAfterRules.status(youngerMother, LocalDate.of(2008, 1, 1), TODAY))
                .hasFieldOrPropertyWithValue("field", "childBornOn");

        LookedAfterStatus matchedFirst = status();
        matchedFirst.setAdoptionDecidedOn(LocalDate.of(2025, 3, 1));
        matchedFirst.setAdoptionMatchedOn(LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> LookedAfterRules.status(matchedFirst, null, TODAY))
                .hasFieldOrPropertyWithValue("field", "adoptionMatchedOn");

        LookedAfterStatus stoppedWithoutReason = status();
        stoppedWithoutReason.setAdoptionDecidedOn(LocalDate.of(2025, 1, 1));
        stoppedWithoutReason.setAdoptionStoppedOn(LocalDate.of(2025, 5, 1));
        assertThatThrownBy(() -> LookedAfterRules.status(stoppedWithoutReason, null, TODAY))
                .hasFieldOrPropertyWithValue("field", "adoptionStoppedReason");

        LookedAfterStatus badCode = status();
        badCode.setPreviousPermanence("P9");
        assertThatThrownBy(() -> LookedAfterRules.status(badCode, null, TODAY))
                .hasFieldOrPropertyWithValue("field", "previousPermanence");
    }

    @Test
    void reviewParticipationIsAPnCode() {
        assertThat(ReviewParticipation.isKnown("PN0")).isTrue();
        assertThat(ReviewParticipation.isKnown("PN7")).isTrue();
        assertThat(ReviewParticipation.isKnown("PN8")).isFalse();
        assertThat(ReviewParticipation.isKnown("pn1")).isFalse();
        assertThat(ReviewParticipation.isKnown(null)).isFalse();
    }

    @Test
    void disabilitiesAreCensusCodesEachOnceWithNoDisabilityAlone() {
        assertThatCode(() -> LookedAfterRules.characteristics(List.of("MOB", "AUT"), null, "A950000178301"))
                .doesNotThrowAnyException();
        assertThatCode(() -> LookedAfterRules.characteristics(List.of("NONE"), null, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> LookedAfterRules.characteristics(List.of("NONE", "MOB"), null, null))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "disabilities");
        assertThatThrownBy(() -> LookedAfterRules.characteristics(List.of("MOB", "MOB"), null, null))
                .hasFieldOrPropertyWithValue("field", "disabilities");
        assertThatThrownBy(() -> LookedAfterRules.characteristics(List.of("MOTH"), null, null))
                .hasFieldOrPropertyWithValue("field", "disabilities");
    }

    @Test
    void aReasonForNoUpnIsACodeAndOnlyForAChildWithoutOne() {
        assertThatCode(() -> LookedAfterRules.characteristics(List.of(), "UN7", null)).doesNotThrowAnyException();
        assertThatCode(() -> LookedAfterRules.characteristics(List.of(), "UN1", " ")).doesNotThrowAnyException();
        assertThatThrownBy(() -> LookedAfterRules.characteristics(List.of(), "UN8", null))
                .hasFieldOrPropertyWithValue("field", "upnUnknown");
        assertThatThrownBy(() -> LookedAfterRules.characteristics(List.of(), "UN2", "A950000178301"))
                .hasFieldOrPropertyWithValue("field", "upnUnknown");
    }

    private static LookedAfterStatus status() {
        return new LookedAfterStatus(1, "sam.ellis", Instant.parse("2026-01-01T10:00:00Z"));
    }
}
