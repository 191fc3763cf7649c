package org.harbour.core.person.application;

import java.io.Serializable;

/** One field that was not accepted: its name as forms and the API know it, and what is wrong. */
public record FieldError(String field, String message) implements Serializable {
}
