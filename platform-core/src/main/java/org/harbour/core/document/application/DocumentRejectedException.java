package org.harbour.core.document.application;

import org.harbour.core.spi.error.InvalidInputException;

/** An upload refused for its size or its content; nothing was stored. */
public class DocumentRejectedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public enum Reason { EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED, NAME_DOES_NOT_MATCH }

    private final Reason reason;

    public DocumentRejectedException(Reason reason, String message) {
        super("file", message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
