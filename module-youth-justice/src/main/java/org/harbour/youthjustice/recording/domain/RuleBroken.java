package org.harbour.youthjustice.recording.domain;

/**
 * A rule a record breaks, naming the field it is about, so that a form points at the field and the
 * API's problem document names it; one shape for every record of the module.
 */
public record RuleBroken(String field, String message) {
}
