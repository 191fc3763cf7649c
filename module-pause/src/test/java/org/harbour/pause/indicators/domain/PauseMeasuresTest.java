package org.harbour.pause.indicators.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.pause.indicators.domain.PauseMeasures.Dated;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The measures month by month from hand-built facts. */
class PauseMeasuresTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private final ProgrammeFacts active = new ProgrammeFacts(1, "maria.costa", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 2),
            true, LocalDate.of(2026, 3, 20), null, null);
    private final ProgrammeFacts exitedInApril = new ProgrammeFacts(2, "maria.costa", LocalDate.of(2024, 3, 1),
            LocalDate.of(2024, 3, 10), true, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 8, 1), LocalDate.of(2026, 4, 10));
    private final ProgrammeFacts referredOnly = new ProgrammeFacts(3, null, LocalDate.of(2026, 3, 31), null, false, null, null, null);
    private final List<ProgrammeFacts> facts = List.of(active, exitedInApril, referredOnly);

    @Test
    void referralsOffersAndCompletionsFallInTheirMonths() {
        assertEquals(Set.of(3L), PauseMeasures.referred(facts, MARCH, APRIL).get(MARCH).numeratorPeople());
        assertEquals(1, PauseMeasures.offered(facts, MARCH, APRIL).get(MARCH).numerator());
        assertEquals(0, PauseMeasures.completing(facts, MARCH, APRIL).get(MARCH).numerator());
        assertEquals(Set.of(2L), PauseMeasures.completing(facts, MARCH, APRIL).get(APRIL).numeratorPeople());
    }

    @Test
    void engagedAndCaseloadAreCountedAtTheMonthsEnd() {
        Map<YearMonth, IndicatorCount> engaged = PauseMeasures.engaged(facts, MARCH, APRIL);
        assertEquals(2, engaged.get(MARCH).numerator());
        assertEquals(1, engaged.get(APRIL).numerator(), "she exited on 10 April");
        IndicatorCount load = PauseMeasures.caseloadPerPractitioner(facts, MARCH, MARCH).get(MARCH);
        assertEquals(2, load.numerator());
        assertEquals(1L, load.denominator());
    }

    @Test
    void uptakeBirthsAndCostAvoided() {
        List<Dated> consents = List.of(new Dated(1, LocalDate.of(2026, 4, 2)));
        assertEquals(0, PauseMeasures.contraceptionUptake(facts, consents, MARCH, APRIL).get(MARCH).numerator());
        IndicatorCount april = PauseMeasures.contraceptionUptake(facts, consents, MARCH, APRIL).get(APRIL);
        assertEquals(1, april.numerator());
        assertEquals(1L, april.denominator());

        List<Dated> births = List.of(new Dated(1, LocalDate.of(2026, 3, 25)), new Dated(1, LocalDate.of(2026, 3, 5)));
        assertEquals(1, PauseMeasures.duringOrAfter(facts, births, MARCH, MARCH).get(MARCH).numerator(),
                "a birth before her engagement began is not counted");

        assertEquals(1600, PauseMeasures.costAvoided(facts, new BigDecimal("9600.00"), MARCH, MARCH).get(MARCH).numerator());
    }
}
