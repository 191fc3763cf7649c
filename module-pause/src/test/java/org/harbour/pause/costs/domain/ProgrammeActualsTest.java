package org.harbour.pause.costs.domain;

import org.harbour.pause.cohort.domain.Child;
import org.harbour.pause.cohort.domain.ChildOrder;
import org.harbour.pause.cohort.domain.FamilyHistory;
import org.harbour.pause.cohort.domain.OrderKind;
import org.harbour.pause.costs.domain.ProgrammeActuals.Started;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The actual births, removals and pregnancies of the programme's women against their own history before it. */
class ProgrammeActualsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void birthsAndRemovalsFallOnTheirSideOfTheDaySheBegan() {
        // Began 1 July 2025: 365 days to the reading, both ends included; before is 1 July 2024 to 30 June 2025.
        LocalDate began = LocalDate.of(2025, 7, 1);
        FamilyHistory h = new FamilyHistory(1, LocalDate.of(1998, 1, 1), List.of(
                new Child(10, LocalDate.of(2020, 1, 1)),     // removed on the last day before she began
                new Child(11, LocalDate.of(2024, 7, 1)),     // born on the first day of the stretch before
                new Child(12, LocalDate.of(2025, 7, 1)),     // born the day she began: during
                new Child(13, LocalDate.of(2024, 6, 30))),   // born a day before the stretch before: not counted
                List.of(new ChildOrder(10, OrderKind.CARE_ORDER, LocalDate.of(2025, 6, 30)),
                        new ChildOrder(11, OrderKind.CARE_ORDER, LocalDate.of(2026, 6, 30)),
                        new ChildOrder(13, OrderKind.CARE_ORDER, LocalDate.of(2026, 7, 1))));

        ProgrammeActuals a = ProgrammeActuals.of(List.of(new Started(1, began)), Map.of(1L, h), Map.of(1L, 2), AS_OF);

        assertEquals(1, a.women());
        assertEquals(365, a.during().womanDays());
        assertEquals(1, a.during().births());
        assertEquals(1, a.during().removals(), "removed on the day of the reading counts; the day after does not");
        assertEquals(1, a.before().births());
        assertEquals(1, a.before().removals());
        assertEquals(2, a.pregnanciesDuring());
        assertEquals(new BigDecimal("1.00"), a.during().birthsPerWomanYear());
    }

    @Test
    void womenNotYetBegunAreLeftOutAndRatesAreSharedOverTheirTime() {
        FamilyHistory h = new FamilyHistory(2, LocalDate.of(1995, 1, 1), List.of(new Child(20, LocalDate.of(2026, 1, 1))), List.of());

        ProgrammeActuals a = ProgrammeActuals.of(List.of(new Started(2, LocalDate.of(2025, 12, 31)),
                        new Started(3, null), new Started(4, AS_OF.plusDays(1))),
                Map.of(2L, h), Map.of(), AS_OF);

        assertEquals(1, a.women());
        assertEquals(182, a.during().womanDays());
        assertEquals(new BigDecimal("2.01"), a.during().birthsPerWomanYear(), "1 birth in 182 days is 2.01 a year");
        assertEquals(new BigDecimal("0.50"), a.during().womanYears());
        assertEquals(new BigDecimal("0.00"), a.before().removalsPerWomanYear());
    }

    @Test
    void noWomenNoRates() {
        ProgrammeActuals a = ProgrammeActuals.of(List.of(), Map.of(), Map.of(), AS_OF);
        assertEquals(0, a.women());
        assertEquals(new BigDecimal("0.00"), a.during().birthsPerWomanYear());
    }
}
