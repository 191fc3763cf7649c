package org.harbour.core.recordsummary.domain;

/** The kinds of alert shown at the top of a child's record, worded as staff say them. */
public enum AlertType {
    RISK_TO_STAFF("Risk to staff"),
    RISK_TO_CHILD("Risk to the child"),
    MEDICAL("Medical"),
    COMMUNICATION("Communication needs"),
    CONTACT_RESTRICTION("Contact restriction"),
    ADDRESS_CONFIDENTIAL("Address confidential"),
    OTHER("Other");

    private final String label;

    AlertType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
