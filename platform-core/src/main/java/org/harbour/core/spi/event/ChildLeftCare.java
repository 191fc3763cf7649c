package org.harbour.core.spi.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A looked-after period of the child ended on {@code endDate}. {@code reasonCeased} is the SSDA903
 * reason episode ceased (REC, e.g. {@code E14} accommodation on remand ended) of its last episode,
 * or null when the period had no episode.
 */
public record ChildLeftCare(long personId, long periodId, LocalDate endDate, String reasonCeased)
        implements PersonEvent {

    public ChildLeftCare {
        Objects.requireNonNull(endDate, "endDate");
    }
}
