package org.harbour.performance.indicators.domain;

/** Where an indicator's figures come from. */
public enum Source {
    COMPUTED("Computed from case records"),
    MODULE("Counted by a module from its records"),
    ENTERED("Entered or imported (owned by partners)");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
