package org.harbour.core.returns.application;

/** No deployed module contributes a return with this id: the API answers 404. */
public class UnknownReturnException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownReturnException(String returnId) {
        super("There is no statutory return '" + shorten(returnId) + "'.");
    }

    private static String shorten(String id) {
        return id == null ? "" : id.length() > 60 ? id.substring(0, 60) + "..." : id;
    }
}
