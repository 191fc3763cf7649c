package org.harbour.performance.drilldown.domain;

import org.harbour.core.spi.casedata.ChildCaseholderRow;
import org.harbour.performance.indicators.domain.Item;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountedRowsTest {

    private static final Map<Long, ChildCaseholderRow> CHILDREN = Map.of(
            1L, new ChildCaseholderRow(1, "Zoe", "Adams", LocalDate.of(2015, 3, 4), "Family Safeguarding", "Priya Shah"),
            2L, new ChildCaseholderRow(2, "Amy", "Brown", LocalDate.of(2016, 5, 6), null, null),
            3L, new ChildCaseholderRow(3, "Amy", "Brown", LocalDate.of(2017, 7, 8), "Youth Justice", "Sam Reed"));

    @Test
    void everyCountedChildIsListedWithTeamAndWorkerAndLinkedOnlyWhereReachable() {
        List<Item> items = List.of(
                new Item(1L, "Child in care", LocalDate.of(2012, 10, 31), null, null, 1, true),
                new Item(2L, "Child in care", LocalDate.of(2012, 10, 31), null, null, 0, true),
                new Item(3L, "Child in care", LocalDate.of(2012, 10, 31), null, null, 1, true));

        List<CountedRow> rows = CountedRows.of(items, CHILDREN, id -> id == 1L, false);

        assertEquals(3, rows.size(), "nobody is withheld");
        assertEquals(List.of(3L, 1L, 2L), rows.stream().map(CountedRow::personId).toList(),
                "counted first, then by name, then by id where names are the same");
        CountedRow zoe = rows.get(1);
        assertEquals("Zoe Adams", zoe.name());
        assertEquals("Family Safeguarding", zoe.team());
        assertEquals("Priya Shah", zoe.worker());
        assertTrue(zoe.isLinked());
        assertFalse(rows.get(0).isLinked(), "listed, but the record is not reachable: no link");
        assertNull(rows.get(2).team(), "never allocated");
        assertEquals(2, rows.stream().mapToLong(CountedRow::numerator).sum());
        assertEquals(3, rows.stream().filter(CountedRow::inDenominator).count());
    }

    @Test
    void eventsAreListedByChildThenDateAndCaseholderRowsAreNeverLinked() {
        List<Item> items = List.of(
                new Item(1L, "Visit (CP)", LocalDate.of(2012, 10, 20), LocalDate.of(2012, 10, 18), "Late", 0, true),
                new Item(1L, "Visit (CP)", LocalDate.of(2012, 10, 2), LocalDate.of(2012, 10, 4), "On time", 1, true),
                new Item(null, "Caseholder 12", LocalDate.of(2012, 10, 31), null, null, 14, true));

        List<CountedRow> rows = CountedRows.of(items, CHILDREN, id -> true, true);

        assertEquals(LocalDate.of(2012, 10, 2), rows.get(0).date());
        assertEquals(LocalDate.of(2012, 10, 20), rows.get(1).date());
        assertNull(rows.get(2).personId());
        assertFalse(rows.get(2).isLinked());
    }
}
