package org.harbour.pause.programme.domain;

/** How the practitioner was in touch with the woman. */
public enum ContactKind {
    HOME_VISIT("Home visit"),
    OUT_AND_ABOUT("Out and about together"),
    APPOINTMENT("Went with her to an appointment"),
    PHONE("Phone or message"),
    GROUP("Group session"),
    ATTEMPTED("Attempted, not seen");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
