package org.harbour.youthjustice.plan.domain;

/** A rule an intervention's progress or a status breaks, naming the field it is about. */
public record PlanProblem(String field, String message) {
}
