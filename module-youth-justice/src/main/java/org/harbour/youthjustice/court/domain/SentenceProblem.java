package org.harbour.youthjustice.court.domain;

/** A rule a sentence as entered breaks, naming the field it is about. */
public record SentenceProblem(String field, String message) {
}
