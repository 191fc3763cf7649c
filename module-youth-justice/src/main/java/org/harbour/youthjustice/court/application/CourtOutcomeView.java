package org.harbour.youthjustice.court.application;

import org.harbour.youthjustice.outcome.application.OutcomeView;

import java.io.Serializable;

/** A court's outcome on the ladder and, when it is an order, the order's terms. */
public class CourtOutcomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OutcomeView outcome;
    private final OrderView order;

    public CourtOutcomeView(OutcomeView outcome, OrderView order) {
        this.outcome = outcome;
        this.order = order;
    }

    public OutcomeView getOutcome() {
        return outcome;
    }

    public OrderView getOrder() {
        return order;
    }
}
