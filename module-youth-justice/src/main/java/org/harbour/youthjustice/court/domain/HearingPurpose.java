package org.harbour.youthjustice.court.domain;

/** Why the child is before the court on a day. */
public enum HearingPurpose {
    FIRST_APPEARANCE("First appearance"),
    PLEA("Plea"),
    TRIAL("Trial"),
    SENTENCE("Sentence"),
    BREACH("Breach of an order"),
    REVIEW("Review of an order"),
    APPEAL("Appeal");

    private final String label;

    HearingPurpose(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
