package org.harbour.pause.cohort.application;

import org.harbour.core.spi.family.FamilyRemovalHistories;
import org.harbour.core.spi.family.MotherChildLink;
import org.harbour.core.spi.family.RemovalOrderRow;
import org.harbour.pause.cohort.domain.FamilyHistory;
import org.harbour.pause.cohort.domain.OrderKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Core's flat rows become one history per mother; a child of two recorded mothers counts for each. */
class FamilyHistoriesTest {

    @Test
    void rowsBecomeHistoriesPerMother() {
        LocalDate d = LocalDate.of(2024, 5, 1);
        FamilyRemovalHistories rows = new FamilyRemovalHistories(
                List.of(new MotherChildLink(1, d.minusYears(25), 10, d.minusYears(2)),
                        new MotherChildLink(1, d.minusYears(25), 11, d.minusYears(1)),
                        new MotherChildLink(1, d.minusYears(25), 11, d.minusYears(1)),
                        new MotherChildLink(2, d.minusYears(30), 11, d.minusYears(1))),
                List.of(new RemovalOrderRow(10, 100, "C2", d), new RemovalOrderRow(11, 101, "E1", d.plusDays(5)),
                        new RemovalOrderRow(11, 101, "XX", d.plusDays(9))));

        List<FamilyHistory> histories = FamilyHistories.histories(rows);

        assertEquals(2, histories.size());
        FamilyHistory first = histories.get(0);
        assertEquals(2, first.children().size(), "a link recorded twice is one child");
        assertEquals(2, first.removals().size());
        assertEquals(OrderKind.PLACEMENT_ORDER, first.removals().get(1).orders().get(0).kind());
        assertEquals(1, histories.get(1).removals().size());
    }
}
