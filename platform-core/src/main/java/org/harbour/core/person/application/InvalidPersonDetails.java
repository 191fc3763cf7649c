package org.harbour.core.person.application;

import java.util.List;

/** Input that breaks the index's rules; nothing was saved. Pages show each message at its field. */
public class InvalidPersonDetails extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidPersonDetails(List<FieldError> errors) {
        super("Invalid person details: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public static InvalidPersonDetails of(String field, String message) {
        return new InvalidPersonDetails(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
