package org.harbour.youthjustice.custody.domain;

/** The secure estate for children a custodial sentence is served in. */
public enum EstablishmentType {
    YOI("Young offender institution"),
    STC("Secure training centre"),
    SCH("Secure children's home");

    private final String label;

    EstablishmentType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
