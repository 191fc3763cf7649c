package org.harbour.core.person.domain;

/** How sure the index is that two records are the same person; the strongest comes first. */
public enum DuplicateLikelihood {
    CERTAIN("Certain"),
    LIKELY("Likely"),
    POSSIBLE("Possible");

    private final String label;

    DuplicateLikelihood(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
