package org.harbour.youthjustice.plan.application;

import org.harbour.core.spi.module.WorkItem;
import org.harbour.youthjustice.court.domain.CourtOrder;
import org.harbour.youthjustice.court.domain.OrderKind;
import org.harbour.youthjustice.court.domain.SentenceRules;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OrderEndWorkItemsTest {

    private static final LocalDate SENTENCED = LocalDate.of(2025, 12, 10);

    private static CourtOrder referralOrder(int months) {
        return new CourtOrder(7, 70, OrderKind.REFERRAL_ORDER, SentenceRules.term(OrderKind.REFERRAL_ORDER, SENTENCED, months, null),
                months, null, null, "dan", Instant.EPOCH);
    }

    @Test
    void theStatusAtTheEndIsDueOnTheOrdersLastDayAndOverdueAfterIt() {
        CourtOrder order = referralOrder(3);
        LocalDate last = order.getEndsOn();
        assertThat(last).as("the day before the same date three months later").isEqualTo(LocalDate.of(2026, 3, 9));
        WorkItem onTheDay = OrderEndWorkItems.item(order, last);
        assertThat(onTheDay.getDueOn()).isEqualTo(last);
        assertThat(onTheDay.isOverdue()).isFalse();
        assertThat(onTheDay.getKind()).isEqualTo("Order ends");
        assertThat(onTheDay.getTitle()).isEqualTo("Order ends: Referral order (take the child's status at its end)");
        assertThat(onTheDay.getOutcome()).isEqualTo("/youth-justice/plan?person=7");
        assertThat(OrderEndWorkItems.item(order, last.plusDays(1)).isOverdue()).isTrue();
    }
}
