package org.harbour.core.signoff.domain;

/** Where a piece of work submitted for a manager's sign-off stands. */
public enum SignOffStatus {
    SUBMITTED("Awaiting sign-off"),
    SIGNED_OFF("Signed off"),
    RETURNED("Returned for changes");

    private final String label;

    SignOffStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
