package org.harbour.continuingcare.panel.domain;

/** A panel's decision on a question: deferral leaves the question open, with actions and a date. */
public enum Outcome {
    ELIGIBLE("Eligible"),
    NOT_ELIGIBLE("Not eligible (complex-care pathway offered)"),
    DEFERRED("Deferred");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isFinal() {
        return this != DEFERRED;
    }
}
