package org.harbour.core.spi.error;

/**
 * The signed-in user's roles or service areas do not allow this action. Already audited when
 * thrown; pages answer 403 with the error page, the API 403 problem details.
 */
public class AccessRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }
}
