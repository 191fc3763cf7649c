package org.harbour.core.spi.error;

import java.util.List;

/**
 * A rule of the work stops the action (in continuing care: missing evidence, no quorum, a question
 * already decided):
 * the message says why and the reasons list what is missing, so the user can put it right.
 */
public class RuleRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final List<String> reasons;

    public RuleRefusedException(String field, String message, List<String> reasons) {
        super(message);
        this.field = field;
        this.reasons = List.copyOf(reasons);
    }

    public String getField() {
        return field;
    }

    public List<String> getReasons() {
        return reasons;
    }
}
