package org.harbour.send.sen2.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Counts per SEN2 table and the change from one census to the next. */
class Sen2CountsTest {

    private static Sen2Person person(Sen2Person.Sen2Request... requests) {
        return new Sen2Person(1L, "Lovelace", "Ada", LocalDate.of(2015, 3, 2), "F", "WBRI", "HB1 2CD", null, null, "UN2",
                List.of(requests));
    }

    private static Sen2Person.Sen2Request request(Sen2Person.Sen2Plan plan, boolean assessed) {
        return new Sen2Person.Sen2Request(LocalDate.of(2025, 2, 3), "PA", false, null, assessed ? "Y" : "N", false, false,
                assessed ? new Sen2Person.Sen2Assessment(plan == null ? "A" : "Y", null, false, plan) : null);
    }

    private static Sen2Person.Sen2Plan plan(LocalDate ceased) {
        return new Sen2Person.Sen2Plan(LocalDate.of(2025, 6, 2), false, false, false, false, false, ceased, ceased == null ? null : "3",
                List.of(new Sen2Person.Sen2Placement("100001", null, "MS", 1)),
                List.of(new Sen2Person.Sen2Need("ASD", 1), new Sen2Person.Sen2Need("SLCN", 2)), null);
    }

    @Test
    void eachTableIsCounted() {
        Sen2Counts counts = Sen2Counts.of(List.of(
                person(request(plan(null), true), request(null, false)),
                person(request(plan(LocalDate.of(2025, 11, 1)), true)),
                person(request(null, true))));
        assertEquals(3, counts.byTable().get("Persons"));
        assertEquals(4, counts.byTable().get("Requests"));
        assertEquals(3, counts.byTable().get("Assessments"));
        assertEquals(2, counts.byTable().get("Named plans"));
        assertEquals(1, counts.byTable().get("Active plans"));
        assertEquals(1, counts.byTable().get("Placements"), "only active plans' placements");
        assertEquals(2, counts.byTable().get("SEN needs"));
    }

    @Test
    void theChangeIsInPerCentToOneDecimalAndNewWhenThereWereNone() {
        Sen2Counts now = Sen2Counts.of(List.of(person(request(plan(null), true)), person(request(null, false)), person()));
        Sen2Counts before = Sen2Counts.of(List.of(person(request(null, false)), person()));
        List<Sen2Counts.Row> rows = Sen2Counts.compare(now, before);
        assertEquals(Sen2Counts.TABLES, rows.stream().map(Sen2Counts.Row::table).toList());
        assertEquals(new Sen2Counts.Row("Persons", 3, 2, 50.0), rows.get(0));
        assertEquals(new Sen2Counts.Row("Requests", 2, 1, 100.0), rows.get(1));
        assertNull(rows.get(3).changePercent(), "no named plans last year");
        assertEquals(-100.0, Sen2Counts.compare(before, now).get(3).changePercent());
    }
}
