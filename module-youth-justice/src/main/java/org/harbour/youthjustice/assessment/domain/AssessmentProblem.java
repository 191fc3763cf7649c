package org.harbour.youthjustice.assessment.domain;

/** A rule an assessment breaks, naming the field it is about. */
public record AssessmentProblem(String field, String message) {
}
