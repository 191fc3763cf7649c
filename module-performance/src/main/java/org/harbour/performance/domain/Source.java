package org.harbour.performance.domain;

/** Where an indicator's figures come from. */
public enum Source {
    COMPUTED("Computed from case records"),
    MODULE("Contributed by a module"),
    ENTERED("Entered or imported (owned by partners)");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
