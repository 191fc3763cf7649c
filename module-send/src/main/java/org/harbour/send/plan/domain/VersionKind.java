package org.harbour.send.plan.domain;

/** What an issued version of a plan was. */
public enum VersionKind {

    DRAFT("Draft plan"),
    FINAL("Final plan"),
    AMENDED("Amended final plan");

    private final String label;

    VersionKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
