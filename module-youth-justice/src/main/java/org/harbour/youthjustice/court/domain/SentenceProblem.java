package org.harbour.youthjustice.court.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;

/** A rule a sentence as entered breaks, naming the field it is about. */
public record SentenceProblem(String field, String message) implements RuleBroken {
}
