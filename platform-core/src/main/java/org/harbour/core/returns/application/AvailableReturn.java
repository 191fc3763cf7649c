package org.harbour.core.returns.application;

/** A return the user may run: its id, title, owning module, period rule, and the period in progress today. */
public record AvailableReturn(String id, String title, String moduleId, String periods, String currentPeriod) {
}
