package org.harbour.pause.cohort.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One order about one child, from the day it took effect. */
public record ChildOrder(long childId, OrderKind kind, LocalDate date) {

    public ChildOrder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }
}
