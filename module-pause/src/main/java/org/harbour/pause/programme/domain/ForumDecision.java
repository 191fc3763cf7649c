package org.harbour.pause.programme.domain;

/** The multi-agency forum's decision on a referral. */
public enum ForumDecision {
    OFFER("Offer the programme", Stage.OFFERED),
    NOT_NOW("Not now", Stage.NOT_NOW),
    NOT_SUITABLE("Not suitable", Stage.NOT_SUITABLE);

    private final String label;
    private final Stage stage;

    ForumDecision(String label, Stage stage) {
        this.label = label;
        this.stage = stage;
    }

    public String getLabel() {
        return label;
    }

    public Stage getStage() {
        return stage;
    }
}
