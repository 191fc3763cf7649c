package org.harbour.pause.cohort.domain;

/** Whom the forum should consider first: younger women (18 to 30) and new second removals. */
public enum Priority {
    HIGH("High: aged 18 to 30 with a new second removal"),
    RAISED("Raised: aged 18 to 30, or a new second removal"),
    STANDARD("Standard");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
