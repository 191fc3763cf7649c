package org.harbour.pause.programme.domain;

/** How one area of her life stands, in words (never a colour alone). */
public enum Rating {
    GOING_WELL("Going well"),
    SOME_CONCERNS("Some concerns"),
    SERIOUS_CONCERNS("Serious concerns"),
    NOT_KNOWN("Not known");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
