package org.harbour.core.spi.event;

/**
 * Every event of this package is about one person's record: observe this type to hear them all
 * (still {@code during = TransactionPhase.AFTER_SUCCESS}).
 */
public sealed interface PersonEvent
        permits ChildBecameLookedAfter, ChildLeftCare, PlanStarted, PlanEnded, PersonDetailsChanged {

    long personId();
}
