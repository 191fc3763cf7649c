package org.harbour.youthjustice.access.application;

import org.harbour.core.spi.module.WorkItem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class CaseloadChunksTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    private static WorkItem item(long personId) {
        return new WorkItem("youth-justice", personId, "Due", DUE, false, "/youth-justice/child?person=" + personId);
    }

    @Test
    void aCaseloadOfTwelveHundredAndOneGoesInChunksOfFiveHundredAndEveryRecordFoundBecomesAnItem() {
        List<Long> ids = LongStream.rangeClosed(1, 1201).boxed().toList();
        List<Integer> asked = new ArrayList<>();
        List<WorkItem> items = CaseloadChunks.workItems(ids, chunk -> {
            asked.add(chunk.size());
            return chunk.stream().filter(id -> id % 100 == 0).toList();
        }, CaseloadChunksTest::item);
        assertThat(asked).containsExactly(500, 500, 201);
        assertThat(items).extracting(WorkItem::getPersonId).containsExactly(100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L, 900L,
                1000L, 1100L, 1200L);
    }

    @Test
    void anEmptyCaseloadAsksNothing() {
        List<Integer> asked = new ArrayList<>();
        assertThat(CaseloadChunks.workItems(List.<Long>of(), chunk -> {
            asked.add(chunk.size());
            return List.<Long>of();
        }, CaseloadChunksTest::item)).isEmpty();
        assertThat(asked).isEmpty();
    }
}
