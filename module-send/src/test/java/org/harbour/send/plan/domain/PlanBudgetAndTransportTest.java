package org.harbour.send.plan.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan's personal budget (organised arrangements, direct payments) and home to school transport. */
class PlanBudgetAndTransportTest {

    private static EhcPlan plan() {
        EhcPlan plan = new EhcPlan(7L, LocalDate.of(2026, 4, 20), "grace.lee", Instant.EPOCH);
        plan.issueDraft(LocalDate.of(2026, 4, 20), "grace.lee");
        return plan;
    }

    @Test
    void aPersonalBudgetIsEitherKindOrBothAndNothingIsNone() {
        EhcPlan plan = plan();
        plan.arrangePersonalBudget(new BigDecimal("1200"), null);
        assertTrue(plan.isPersonalBudget());
        assertTrue(plan.hasOrganisedArrangements());
        assertFalse(plan.hasDirectPayments());
        assertEquals(new BigDecimal("1200.00"), plan.getBudgetOrganised());
        plan.arrangePersonalBudget(BigDecimal.ZERO, new BigDecimal("450.50"));
        assertFalse(plan.hasOrganisedArrangements(), "nought is no organised arrangement");
        assertTrue(plan.hasDirectPayments());
        plan.arrangePersonalBudget(null, BigDecimal.ZERO);
        assertFalse(plan.isPersonalBudget());
    }

    @Test
    void anAmountIsPoundsAndPenceNeverNegative() {
        EhcPlan plan = plan();
        assertThrows(IllegalArgumentException.class, () -> plan.arrangePersonalBudget(new BigDecimal("-1"), null));
        assertThrows(IllegalArgumentException.class, () -> plan.arrangePersonalBudget(new BigDecimal("10.001"), null));
        assertThrows(IllegalArgumentException.class, () -> plan.arrangePersonalBudget(null, new BigDecimal("1000000")));
        assertFalse(plan.isPersonalBudget(), "a refused budget changes nothing");
    }

    @Test
    void transportHasAModeAndItsCostOrNothing() {
        EhcPlan plan = plan();
        plan.arrangeTransport(TransportMode.TAXI, new BigDecimal("8740"));
        assertEquals(TransportMode.TAXI, plan.getTransportMode());
        assertEquals(new BigDecimal("8740.00"), plan.getTransportCost());
        assertThrows(IllegalArgumentException.class, () -> plan.arrangeTransport(TransportMode.FLEET, null), "a cost is needed");
        assertThrows(IllegalArgumentException.class, () -> plan.arrangeTransport(TransportMode.NONE, new BigDecimal("5")));
        assertEquals(TransportMode.TAXI, plan.getTransportMode(), "unchanged after a refusal");
        plan.arrangeTransport(TransportMode.NONE, null);
        assertNull(plan.getTransportMode());
        assertNull(plan.getTransportCost());
    }

    @Test
    void aCeasedPlanNoLongerChanges() {
        EhcPlan plan = plan();
        plan.rankNeeds(List.of(SenType.MLD));
        plan.issueFinal(LocalDate.of(2026, 5, 6), "grace.lee");
        plan.cease(LocalDate.of(2026, 9, 1), CeaseReason.values()[0]);
        assertThrows(IllegalStateException.class, () -> plan.arrangeTransport(TransportMode.TAXI, BigDecimal.TEN));
        assertThrows(IllegalStateException.class, () -> plan.arrangePersonalBudget(BigDecimal.TEN, null));
    }
}
