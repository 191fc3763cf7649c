package org.harbour.youthjustice.extract.domain;

import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.youthjustice.extract.domain.CodeMap.Field;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLevelChecksTest {

    private static final LocalDate BORN = LocalDate.of(2010, 6, 15);
    private static final CodeMap MAP = new CodeMap("7", Map.of(
            Field.OUTCOME, Map.of("YOUTH_CAUTION", "YC", "PREVENTION", "PREV"),
            Field.OFFENCE_TYPE, Map.of("ROBBERY", "ROB"),
            Field.SEX, Map.of("M", "1", "F", "2"),
            Field.ETHNICITY, Map.of("WBRI", "W1")));

    private static CaseLevelChild.OffenceRow offence(long id, LocalDate on) {
        return new CaseLevelChild.OffenceRow(id, on, "ROBBERY", 5, true);
    }

    private static CaseLevelChild.OutcomeRow caution(long id, Long offenceId, LocalDate on) {
        return new CaseLevelChild.OutcomeRow(id, offenceId, on, "YOUTH_CAUTION", true, null);
    }

    private static CaseLevelChild child(LocalDate born, String sex, String ethnicity, List<CaseLevelChild.OffenceRow> offences,
                                        List<CaseLevelChild.OutcomeRow> outcomes) {
        return new CaseLevelChild(1, born, sex, ethnicity, offences, outcomes);
    }

    private static List<String> codes(CaseLevelChild child) {
        return CaseLevelChecks.check(List.of(child), MAP).stream().map(ValidationMessage::ruleCode).toList();
    }

    @Test
    void aCompleteChildAgedTenToSeventeenWithMappedCodesPassesEveryCheck() {
        CaseLevelChild c = child(BORN, "M", "WBRI", List.of(offence(5, LocalDate.of(2020, 6, 15))),
                List.of(caution(9, 5L, LocalDate.of(2020, 7, 1))));
        assertThat(codes(c)).isEmpty();
    }

    @Test
    void aMissingDateOfBirthFailsYj01() {
        List<ValidationMessage> messages = CaseLevelChecks.check(List.of(child(null, "F", "WBRI", List.of(), List.of())), MAP);
        assertThat(messages).extracting(ValidationMessage::ruleCode).containsExactly("YJ01");
        assertThat(messages.get(0).field()).isEqualTo("DateOfBirth");
        assertThat(messages.get(0).severity()).isEqualTo(ValidationMessage.Severity.ERROR);
    }

    @Test
    void aMissingSexFailsYj02AndAnUnmappedOneYj07() {
        assertThat(codes(child(BORN, " ", "WBRI", List.of(), List.of()))).containsExactly("YJ02");
        List<ValidationMessage> unmapped = CaseLevelChecks.check(List.of(child(BORN, "X", "WBRI", List.of(), List.of())), MAP);
        assertThat(unmapped).extracting(ValidationMessage::ruleCode).containsExactly("YJ07");
        assertThat(unmapped.get(0).message()).contains("'X'", "version 7");
    }

    @Test
    void aMissingEthnicityIsAWarningYj03AndAnUnmappedOneAnErrorYj07() {
        List<ValidationMessage> missing = CaseLevelChecks.check(List.of(child(BORN, "M", null, List.of(), List.of())), MAP);
        assertThat(missing).extracting(ValidationMessage::ruleCode).containsExactly("YJ03");
        assertThat(missing.get(0).severity()).isEqualTo(ValidationMessage.Severity.WARNING);
        List<ValidationMessage> unmapped = CaseLevelChecks.check(List.of(child(BORN, "M", "ZZZZ", List.of(), List.of())), MAP);
        assertThat(unmapped).extracting(ValidationMessage::ruleCode).containsExactly("YJ07");
        assertThat(unmapped.get(0).severity()).isEqualTo(ValidationMessage.Severity.ERROR);
    }

    @Test
    void theAgeOnTheOffenceIsTenToSeventeenToTheDayYj04() {
        // The day before the 10th birthday, the 18th birthday itself, and the day before it (passes).
        CaseLevelChild c = child(BORN, "F", "WBRI", List.of(offence(5, LocalDate.of(2020, 6, 14)),
                offence(6, LocalDate.of(2028, 6, 15)), offence(7, LocalDate.of(2028, 6, 14))), List.of());
        List<ValidationMessage> messages = CaseLevelChecks.check(List.of(c), MAP);
        assertThat(messages).extracting(ValidationMessage::ruleCode).containsExactly("YJ04", "YJ04");
        assertThat(messages.get(0).message()).contains("Offence 5", "age 9");
        assertThat(messages.get(1).message()).contains("Offence 6", "age 18");
    }

    @Test
    void anOutcomeDatedBeforeTheTenthBirthdayFailsYj04ButOneAtEighteenForAnOffenceAtSeventeenPasses() {
        CaseLevelChild young = child(BORN, "F", "WBRI", List.of(), List.of(caution(9, 5L, LocalDate.of(2020, 6, 14))));
        assertThat(codes(young)).containsExactly("YJ04");
        CaseLevelChild eighteen = child(BORN, "F", "WBRI", List.of(), List.of(caution(9, 5L, LocalDate.of(2028, 8, 1))));
        assertThat(codes(eighteen)).isEmpty();
    }

    @Test
    void aCautionOrConvictionWithoutItsOffenceFailsYj05ButPreventionNeedsNone() {
        assertThat(codes(child(BORN, "M", "WBRI", List.of(), List.of(caution(9, null, LocalDate.of(2025, 7, 1)))))).containsExactly("YJ05");
        CaseLevelChild prevention = child(BORN, "M", "WBRI", List.of(),
                List.of(new CaseLevelChild.OutcomeRow(10, null, LocalDate.of(2025, 7, 1), "PREVENTION", false, null)));
        assertThat(codes(prevention)).isEmpty();
    }

    @Test
    void anOutcomeOrOffenceTypeTheMapVersionDoesNotCodeFailsYj06() {
        CaseLevelChild c = child(BORN, "M", "WBRI", List.of(new CaseLevelChild.OffenceRow(5, LocalDate.of(2025, 7, 1), "MOTORING", 2, false)),
                List.of(new CaseLevelChild.OutcomeRow(9, 5L, LocalDate.of(2025, 7, 1), "REFERRAL_ORDER", true, null)));
        List<ValidationMessage> messages = CaseLevelChecks.check(List.of(c), MAP);
        assertThat(messages).extracting(ValidationMessage::ruleCode).containsExactly("YJ06", "YJ06");
        assertThat(messages).extracting(ValidationMessage::field).containsExactly("OffenceType", "OutcomeCode");
        assertThat(messages.get(1).message()).contains("REFERRAL_ORDER", "version 7");
    }
}
