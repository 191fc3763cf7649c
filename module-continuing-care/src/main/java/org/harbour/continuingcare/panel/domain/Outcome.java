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

    /** The words for a stored outcome code; the code itself if no longer known. */
    public static String labelOf(String code) {
        for (Outcome outcome : values()) {
            if (outcome.name().equals(code)) {
                return outcome.label;
            }
        }
        return code == null ? "" : code;
    }

    public boolean isFinal() {
        return this != DEFERRED;
    }
}
