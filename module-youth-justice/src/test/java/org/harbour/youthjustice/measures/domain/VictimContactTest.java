package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VictimContactTest {

    private static final YearMonth MAY = YearMonth.of(2025, 5);
    private static final YearMonth JUNE = YearMonth.of(2025, 6);

    private static VictimFact consented(long child, LocalDate askedOn, boolean views, boolean informed, boolean support, boolean rj) {
        return new VictimFact(child, askedOn, true, views, informed, support, rj);
    }

    private final List<VictimFact> victims = List.of(
            consented(1, LocalDate.of(2025, 5, 1), true, true, false, true),
            consented(1, LocalDate.of(2025, 5, 31), true, false, false, false),
            new VictimFact(2, LocalDate.of(2025, 5, 15), false, false, false, false, false),
            new VictimFact(3, null, null, false, false, false, false),
            consented(4, LocalDate.of(2025, 6, 1), false, false, true, false),
            consented(5, LocalDate.of(2025, 4, 30), true, true, true, true));

    @Test
    void consentIsCountedOverTheVictimsAskedInTheMonthAndTheVictimNotYetAskedIsLeftOut() {
        Map<YearMonth, IndicatorCount> counts = VictimContact.CONSENTED.count(victims, MAY, JUNE);

        assertThat(counts.get(MAY).numerator()).isEqualTo(2);
        assertThat(counts.get(MAY).denominator()).as("two consented, one refused; child 3's victim not asked").isEqualTo(3);
        assertThat(counts.get(MAY).denominatorPeople()).containsExactly(1L, 2L);
        assertThat(counts.get(JUNE).numerator()).isEqualTo(1);
        assertThat(counts.get(JUNE).denominator()).isEqualTo(1);
    }

    @Test
    void theContactMeasuresAreOverThoseWhoConsentedOnly() {
        Map<YearMonth, IndicatorCount> views = VictimContact.VIEWS_SOUGHT.count(victims, MAY, JUNE);
        Map<YearMonth, IndicatorCount> rj = VictimContact.RESTORATIVE_JUSTICE_OFFERED.count(victims, MAY, JUNE);
        Map<YearMonth, IndicatorCount> support = VictimContact.SUPPORT_OFFERED.count(victims, MAY, JUNE);

        assertThat(views.get(MAY).numerator()).isEqualTo(2);
        assertThat(views.get(MAY).denominator()).as("the victim who refused is not asked for views").isEqualTo(2);
        assertThat(rj.get(MAY).numerator()).isEqualTo(1);
        assertThat(support.get(MAY).numerator()).isZero();
        assertThat(support.get(JUNE).numerator()).isEqualTo(1);
        assertThat(VictimContact.KEPT_INFORMED.count(victims, MAY, MAY).get(MAY).numerator()).isEqualTo(1);
    }

    @Test
    void aMonthWithNoVictimAskedIsNoughtOfNought() {
        IndicatorCount july = VictimContact.CONSENTED.count(victims, YearMonth.of(2025, 7), YearMonth.of(2025, 7))
                .get(YearMonth.of(2025, 7));

        assertThat(july.numerator()).isZero();
        assertThat(july.denominator()).isZero();
    }
}
