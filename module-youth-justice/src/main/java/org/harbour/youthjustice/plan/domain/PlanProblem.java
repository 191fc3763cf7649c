package org.harbour.youthjustice.plan.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;

/** A rule an intervention's progress or a status breaks, naming the field it is about. */
public record PlanProblem(String field, String message) implements RuleBroken {
}
