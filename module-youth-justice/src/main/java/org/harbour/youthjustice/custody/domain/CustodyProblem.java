package org.harbour.youthjustice.custody.domain;

/** A rule a custody episode breaks, naming the field it is about. */
public record CustodyProblem(String field, String message) {
}
