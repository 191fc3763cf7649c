package org.harbour.core.audit.domain;

import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.audit.domain.ReadCoalescing.Chained;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadCoalescingTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:15:30.123Z");

    private long nextId = 1;

    private PendingEntry entry(String request, String actor, String action, String recordId, Outcome outcome,
                               String detail) {
        return new PendingEntry(nextId++, new AuditEvent(actor, action, "person", recordId, outcome, "10.0.0.1", detail),
                AT.plusMillis(nextId), request, "mac");
    }

    @Test
    void severalReadsOfOneRecordUnderOneActionInOneRequestBecomeOneEntryNamingEachRead() {
        List<Chained> chained = ReadCoalescing.coalesce(List.of(
                entry("r1", "priya.shah", "PERSON_VIEW", "7", Outcome.SUCCESS, null),
                entry("r1", "priya.shah", "INVOLVEMENT_VIEW", "7", Outcome.SUCCESS, "involvements listed: 2"),
                entry("r1", "priya.shah", "INVOLVEMENT_VIEW", "7", Outcome.SUCCESS, "CIN 12"),
                entry("r1", "priya.shah", "INVOLVEMENT_VIEW", "7", Outcome.SUCCESS, "CP 14")));

        assertEquals(2, chained.size());
        assertEquals("PERSON_VIEW", chained.get(0).event().action());
        Chained involvements = chained.get(1);
        assertEquals("INVOLVEMENT_VIEW", involvements.event().action());
        assertEquals("Read 3 times in one request: involvements listed: 2; CIN 12; CP 14", involvements.event().detail());
        assertEquals(List.of(2L, 3L, 4L), involvements.pendingIds());
        assertEquals(AT.plusMillis(3), involvements.occurredAt(), "stands where the first read stood");
    }

    @Test
    void readsOfOtherRequestsRecordsOrUsersStayApart() {
        List<Chained> chained = ReadCoalescing.coalesce(List.of(
                entry("r1", "priya.shah", "ACTIVITY_VIEW", "7", Outcome.SUCCESS, null),
                entry("r2", "priya.shah", "ACTIVITY_VIEW", "7", Outcome.SUCCESS, null),
                entry("r1", "priya.shah", "ACTIVITY_VIEW", "8", Outcome.SUCCESS, null),
                entry("r1", "tom.okafor", "ACTIVITY_VIEW", "7", Outcome.SUCCESS, null),
                entry(null, "system", "ACTIVITY_VIEW", "7", Outcome.SUCCESS, null),
                entry(null, "system", "ACTIVITY_VIEW", "7", Outcome.SUCCESS, null)));

        assertEquals(6, chained.size());
    }

    @Test
    void aChangeOrRefusalBetweenReadsOfTheSameRequestKeepsTheirOrder() {
        List<Chained> chained = ReadCoalescing.coalesce(List.of(
                entry("r1", "priya.shah", "VISIT_VIEW", "7", Outcome.SUCCESS, "visit 1"),
                entry("r1", "priya.shah", "VISIT_UPDATE", "7", Outcome.SUCCESS, "visit 1"),
                entry("r1", "priya.shah", "VISIT_VIEW", "7", Outcome.SUCCESS, "visit 1"),
                entry("r1", "priya.shah", "VISIT_VIEW", "7", Outcome.DENIED, "visit 2"),
                entry("r1", "priya.shah", "VISIT_VIEW", "7", Outcome.SUCCESS, "visit 3")));

        assertEquals(List.of("VISIT_VIEW/SUCCESS", "VISIT_UPDATE/SUCCESS", "VISIT_VIEW/SUCCESS", "VISIT_VIEW/DENIED",
                        "VISIT_VIEW/SUCCESS"),
                chained.stream().map(c -> c.event().action() + "/" + c.event().outcome()).toList());
    }

    @Test
    void anotherRequestsEntriesInBetweenDoNotSplitARequestsReads() {
        List<Chained> chained = ReadCoalescing.coalesce(List.of(
                entry("r1", "priya.shah", "ALLOCATION_VIEW", "7", Outcome.SUCCESS, null),
                entry("r2", "tom.okafor", "CASE_ALLOCATE", "9", Outcome.SUCCESS, "to priya.shah"),
                entry("r1", "priya.shah", "ALLOCATION_VIEW", "7", Outcome.SUCCESS, null)));

        assertEquals(2, chained.size());
        assertEquals("Read 2 times in one request", chained.get(0).event().detail());
        assertEquals("CASE_ALLOCATE", chained.get(1).event().action());
    }
}
