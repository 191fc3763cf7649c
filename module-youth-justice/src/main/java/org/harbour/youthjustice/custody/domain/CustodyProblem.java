package org.harbour.youthjustice.custody.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;

/** A rule a custody episode breaks, naming the field it is about. */
public record CustodyProblem(String field, String message) implements RuleBroken {
}
