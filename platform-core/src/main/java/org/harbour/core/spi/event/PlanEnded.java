package org.harbour.core.spi.event;

import java.time.LocalDate;
import java.util.Objects;

/** A plan of the child ended on {@code endDate}. */
public record PlanEnded(long personId, long planId, PlanKind kind, LocalDate endDate) implements PersonEvent {

    public PlanEnded {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endDate, "endDate");
    }
}
