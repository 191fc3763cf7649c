package org.harbour.youthjustice.court.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.youthjustice.court.domain.YroRequirement.*;

class SentenceRulesTest {

    private static List<String> fields(OrderKind kind, Integer months, Integer extension, Set<YroRequirement> reqs, int age) {
        return SentenceRules.check(kind, months, extension, reqs, age).stream().map(RuleBroken::field).toList();
    }

    private static List<String> yroMessages(int age, YroRequirement... reqs) {
        Set<YroRequirement> set = reqs.length == 0 ? EnumSet.noneOf(YroRequirement.class) : EnumSet.of(reqs[0], reqs);
        return SentenceRules.check(OrderKind.YOUTH_REHABILITATION_ORDER, 12, null, set, age).stream()
                .map(RuleBroken::message).toList();
    }

    @Test
    void aDetentionAndTrainingOrderIsHalfInCustodyAndHalfOnLicence() {
        SentenceTerm four = SentenceRules.term(OrderKind.DETENTION_AND_TRAINING_ORDER, LocalDate.of(2026, 1, 10), 4, null);
        assertThat(four.custodyEndsOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(four.releaseOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(four.endsOn()).isEqualTo(LocalDate.of(2026, 5, 9));

        SentenceTerm two = SentenceRules.term(OrderKind.DETENTION_AND_TRAINING_ORDER, LocalDate.of(2025, 11, 30), 24, null);
        assertThat(two.releaseOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(two.endsOn()).isEqualTo(LocalDate.of(2027, 11, 29));
    }

    @Test
    void aDetentionAndTrainingOrderHasOnlyTheLengthsTheCodeAllows() {
        for (int months : List.of(4, 6, 8, 10, 12, 18, 24)) {
            assertThat(fields(OrderKind.DETENTION_AND_TRAINING_ORDER, months, null, Set.of(), 15)).isEmpty();
        }
        for (Integer months : new Integer[] {null, 3, 5, 9, 14, 20, 30}) {
            assertThat(fields(OrderKind.DETENTION_AND_TRAINING_ORDER, months, null, Set.of(), 15)).containsExactly("months");
        }
        assertThat(fields(OrderKind.DETENTION_AND_TRAINING_ORDER, 4, null, EnumSet.of(CURFEW), 15)).containsExactly("requirements");
    }

    @Test
    void aReferralOrderLastsThreeToTwelveMonths() {
        assertThat(fields(OrderKind.REFERRAL_ORDER, 2, null, Set.of(), 14)).containsExactly("months");
        assertThat(fields(OrderKind.REFERRAL_ORDER, 3, null, Set.of(), 14)).isEmpty();
        assertThat(fields(OrderKind.REFERRAL_ORDER, 12, null, Set.of(), 14)).isEmpty();
        assertThat(fields(OrderKind.REFERRAL_ORDER, 13, null, Set.of(), 14)).containsExactly("months");
        SentenceTerm term = SentenceRules.term(OrderKind.REFERRAL_ORDER, LocalDate.of(2026, 2, 1), 6, null);
        assertThat(term.endsOn()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(term.releaseOn()).isNull();
    }

    @Test
    void aYouthRehabilitationOrderRunsUpToThreeYearsWithAtLeastOneRequirement() {
        assertThat(fields(OrderKind.YOUTH_REHABILITATION_ORDER, 36, null, EnumSet.of(SUPERVISION), 14)).isEmpty();
        assertThat(fields(OrderKind.YOUTH_REHABILITATION_ORDER, 37, null, EnumSet.of(SUPERVISION), 14)).containsExactly("months");
        assertThat(fields(OrderKind.YOUTH_REHABILITATION_ORDER, 6, null, Set.of(), 14)).containsExactly("requirements");
    }

    @Test
    void unpaidWorkAndResidenceAreOnlyForSixteenAndSeventeenYearOlds() {
        assertThat(yroMessages(15, UNPAID_WORK)).singleElement().asString().contains("Unpaid work").contains("15");
        assertThat(yroMessages(16, UNPAID_WORK)).isEmpty();
        assertThat(yroMessages(17, UNPAID_WORK)).isEmpty();
        assertThat(yroMessages(15, RESIDENCE)).singleElement().asString().contains("residence");
        assertThat(yroMessages(16, RESIDENCE)).isEmpty();
    }

    @Test
    void requirementsThatGoTogetherAndThoseThatCannot() {
        assertThat(yroMessages(14, ELECTRONIC_MONITORING)).singleElement().asString().contains("curfew or an exclusion");
        assertThat(yroMessages(14, ELECTRONIC_MONITORING, CURFEW)).isEmpty();
        assertThat(yroMessages(14, ELECTRONIC_MONITORING, EXCLUSION)).isEmpty();
        assertThat(yroMessages(14, DRUG_TESTING)).singleElement().asString().contains("drug treatment");
        assertThat(yroMessages(14, DRUG_TESTING, DRUG_TREATMENT)).isEmpty();
        assertThat(yroMessages(14, INTENSIVE_SUPERVISION_AND_SURVEILLANCE)).singleElement().asString().contains("supervision and a curfew");
        assertThat(yroMessages(14, INTENSIVE_SUPERVISION_AND_SURVEILLANCE, SUPERVISION, CURFEW, ELECTRONIC_MONITORING)).isEmpty();
        assertThat(yroMessages(14, INTENSIVE_SUPERVISION_AND_SURVEILLANCE, SUPERVISION, CURFEW, FOSTERING))
                .singleElement().asString().contains("cannot go together");
        assertThat(yroMessages(14, FOSTERING)).singleElement().asString().contains("supervision requirement");
        assertThat(yroMessages(14, FOSTERING, SUPERVISION)).isEmpty();
        assertThat(yroMessages(14, FOSTERING, SUPERVISION, LOCAL_AUTHORITY_RESIDENCE)).singleElement().asString()
                .contains("local authority residence");
    }

    @Test
    void longerSentencesUnderSections250254And259() {
        assertThat(fields(OrderKind.SECTION_250, null, null, Set.of(), 16)).containsExactly("months");
        SentenceTerm s250 = SentenceRules.term(OrderKind.SECTION_250, LocalDate.of(2026, 1, 1), 36, null);
        assertThat(s250.releaseOn()).isEqualTo(LocalDate.of(2026, 1, 1).plusDays(1096 / 2));
        assertThat(s250.endsOn()).isEqualTo(LocalDate.of(2028, 12, 31));

        assertThat(fields(OrderKind.SECTION_254, 48, null, Set.of(), 16)).containsExactly("extensionMonths");
        assertThat(fields(OrderKind.SECTION_254, 48, 11, Set.of(), 16)).containsExactly("extensionMonths");
        assertThat(fields(OrderKind.SECTION_254, 48, 97, Set.of(), 16)).containsExactly("extensionMonths");
        assertThat(fields(OrderKind.SECTION_254, 48, 24, Set.of(), 16)).isEmpty();
        SentenceTerm s254 = SentenceRules.term(OrderKind.SECTION_254, LocalDate.of(2026, 1, 1), 36, 24);
        assertThat(s254.releaseOn()).isEqualTo(LocalDate.of(2026, 1, 1).plusDays(1096 * 2 / 3));
        assertThat(s254.endsOn()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(fields(OrderKind.SECTION_250, 24, 12, Set.of(), 16)).containsExactly("extensionMonths");

        assertThat(fields(OrderKind.SECTION_259, null, null, Set.of(), 16)).isEmpty();
        assertThat(fields(OrderKind.SECTION_259, 120, null, Set.of(), 16)).containsExactly("months");
        SentenceTerm s259 = SentenceRules.term(OrderKind.SECTION_259, LocalDate.of(2026, 1, 1), null, null);
        assertThat(s259.releaseOn()).isNull();
        assertThat(s259.endsOn()).isNull();
        assertThat(s259.covers(LocalDate.of(2040, 1, 1))).isTrue();
    }

    @Test
    void anOrderIsKnownByItsOutcomeTypeAndAFineMakesNone() {
        assertThat(OrderKind.forOutcomeType("DETENTION_AND_TRAINING_ORDER")).contains(OrderKind.DETENTION_AND_TRAINING_ORDER);
        assertThat(OrderKind.forOutcomeType("FINE")).isEmpty();
        assertThat(OrderKind.forOutcomeType("CONDITIONAL_DISCHARGE")).isEmpty();
    }
}
