package org.harbour.youthjustice.plan.domain;

/** Where an intervention stands: running, or ended completed or not (KPI 6 counts completions). */
public enum Completion {
    ONGOING("Ongoing"),
    COMPLETED("Completed"),
    NOT_COMPLETED("Ended, not completed");

    private final String label;

    Completion(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
