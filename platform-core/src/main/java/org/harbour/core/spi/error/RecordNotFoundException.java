package org.harbour.core.spi.error;

/** No record the user may reach has this id: it does not exist, or need to know keeps it from them. */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(long personId) {
        super("No record " + personId);
    }
}
