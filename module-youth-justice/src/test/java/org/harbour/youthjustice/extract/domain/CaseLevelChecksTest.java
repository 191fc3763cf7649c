package org.harbour.youthjustice.extract.domain;

import org.harbour.core.spi.returns.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLevelChecksTest {

    private static final LocalDate BORN = LocalDate.of(2010, 6, 15);

    private static CaseLevelChild.OffenceRow offence(long id, LocalDate on) {
        return new CaseLevelChild.OffenceRow(id, on, "ROBBERY", 5, true);
    }

    private static List<String> codes(CaseLevelChild child) {
        return CaseLevelChecks.check(List.of(child)).stream().map(ValidationMessage::ruleCode).toList();
    }

    @Test
    void aCompleteChildAgedTenToSeventeenPasses() {
        CaseLevelChild c = new CaseLevelChild(1, BORN, "M", "WBRI", List.of(offence(5, LocalDate.of(2020, 6, 15))),
                List.of(new CaseLevelChild.OutcomeRow(9, 5L, LocalDate.of(2020, 7, 1), "YOUTH_CAUTION", "YC", true, null)));
        assertThat(codes(c)).isEmpty();
    }

    @Test
    void theAgeOnTheOffenceIsTenToSeventeenToTheDay() {
        // The day before the 10th birthday, and the 18th birthday itself.
        CaseLevelChild c = new CaseLevelChild(1, BORN, "F", "WBRI", List.of(offence(5, LocalDate.of(2020, 6, 14)),
                offence(6, LocalDate.of(2028, 6, 15)), offence(7, LocalDate.of(2028, 6, 14))), List.of());
        List<ValidationMessage> messages = CaseLevelChecks.check(List.of(c));
        assertThat(messages).extracting(ValidationMessage::ruleCode).containsExactly("YJ04", "YJ04");
        assertThat(messages.get(0).message()).contains("Offence 5", "age 9");
        assertThat(messages.get(1).message()).contains("Offence 6", "age 18");
    }

    @Test
    void missingDetailsAndUnmappedOrUnlinkedOutcomesAreNamed() {
        CaseLevelChild c = new CaseLevelChild(2, null, " ", null, List.of(),
                List.of(new CaseLevelChild.OutcomeRow(9, null, LocalDate.of(2025, 7, 1), "REFERRAL_ORDER", null, true, null),
                        new CaseLevelChild.OutcomeRow(10, null, LocalDate.of(2025, 7, 1), "PREVENTION", "PREV", false, null)));
        assertThat(codes(c)).containsExactly("YJ01", "YJ02", "YJ03", "YJ05", "YJ06");
        assertThat(CaseLevelChecks.check(List.of(c)).get(2).severity()).isEqualTo(ValidationMessage.Severity.WARNING);
    }
}
