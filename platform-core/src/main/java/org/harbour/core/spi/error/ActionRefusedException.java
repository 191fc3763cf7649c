package org.harbour.core.spi.error;

/**
 * The user may see the record but not do this to it (e.g. reallocate without the permission, or
 * edit someone else's note). Already audited when thrown; pages and the API answer 403.
 */
public class ActionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActionRefusedException(String message) {
        super(message);
    }
}
