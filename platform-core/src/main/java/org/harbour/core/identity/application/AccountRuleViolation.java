package org.harbour.core.identity.application;

/** An administration request breaks a rule (a username taken, disabling oneself...); nothing was changed. */
public class AccountRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param field the form field the message belongs next to, or null for the whole form */
    public AccountRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
