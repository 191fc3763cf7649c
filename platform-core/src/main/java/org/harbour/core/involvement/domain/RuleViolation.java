package org.harbour.core.involvement.domain;

import java.io.Serializable;

/** A broken rule of an involvement: the field it concerns, as forms and JSON name it, and what is wrong. */
public record RuleViolation(String field, String message) implements Serializable {
}
