package org.harbour.core.spi.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A plan of the child was recorded (or an ended one reopened). {@code categoryCode} is the category
 * of abuse of a child protection plan (CIN census code, e.g. {@code NEG}), null for other plans.
 */
public record PlanStarted(long personId, long planId, PlanKind kind, LocalDate startDate, String categoryCode)
        implements PersonEvent {

    public PlanStarted {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startDate, "startDate");
    }
}
