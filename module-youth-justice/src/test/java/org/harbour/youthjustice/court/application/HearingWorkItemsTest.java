package org.harbour.youthjustice.court.application;

import org.harbour.core.spi.module.WorkItem;
import org.harbour.youthjustice.court.domain.Hearing;
import org.harbour.youthjustice.court.domain.HearingPurpose;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HearingWorkItemsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static WorkItem on(LocalDate day) {
        return HearingWorkItems.item(new Hearing(7, null, day, "Northfield Youth Court", HearingPurpose.REVIEW, "dan", Instant.EPOCH), TODAY);
    }

    @Test
    void aHearingToComeIsDueOnItsDayAndTodaysIsNotYetLate() {
        WorkItem later = on(TODAY.plusDays(3));
        assertThat(later.getDueOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(later.isOverdue()).isFalse();
        assertThat(later.getTitle()).isEqualTo("Court hearing: Review of an order at Northfield Youth Court");
        assertThat(later.getKind()).isEqualTo("Court hearing");
        assertThat(later.getOutcome()).isEqualTo("/youth-justice/child-court?person=7");
        assertThat(on(TODAY).isOverdue()).isFalse();
    }

    @Test
    void aHearingHeldWithoutItsResultIsOverdueAndSaysWhatToRecord() {
        WorkItem held = on(TODAY.minusDays(1));
        assertThat(held.isOverdue()).isTrue();
        assertThat(held.getTitle()).endsWith("(record what the court did)");
        assertThat(held.getKind()).isEqualTo("Court hearing");
    }
}
