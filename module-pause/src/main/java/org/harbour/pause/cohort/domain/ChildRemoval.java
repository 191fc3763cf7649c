package org.harbour.pause.cohort.domain;

import java.time.LocalDate;
import java.util.List;

/** A child removed from the woman's care: the first order's day, and every order that followed. */
public record ChildRemoval(long childId, LocalDate dateOfBirth, LocalDate removedOn, List<ChildOrder> orders) {

    public ChildRemoval {
        orders = List.copyOf(orders);
    }
}
