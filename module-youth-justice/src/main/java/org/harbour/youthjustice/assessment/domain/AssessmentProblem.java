package org.harbour.youthjustice.assessment.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;

/** A rule an assessment breaks, naming the field it is about. */
public record AssessmentProblem(String field, String message) implements RuleBroken {
}
