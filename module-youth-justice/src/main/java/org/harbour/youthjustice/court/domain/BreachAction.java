package org.harbour.youthjustice.court.domain;

/** What the case manager did about a failure to comply with an order. */
public enum BreachAction {
    WARNING("Warning given"),
    BREACH_PROCEEDINGS("Returned to court (breach proceedings)");

    private final String label;

    BreachAction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
