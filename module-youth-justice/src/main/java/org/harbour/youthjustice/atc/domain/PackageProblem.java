package org.harbour.youthjustice.atc.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;

/** A rule an alternative-to-custody package breaks, naming the field it is about. */
public record PackageProblem(String field, String message) implements RuleBroken {
}
