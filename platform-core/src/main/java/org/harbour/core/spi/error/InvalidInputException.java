package org.harbour.core.spi.error;

/** Input a service refuses, naming the field so pages and the API can show the message beside it. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
