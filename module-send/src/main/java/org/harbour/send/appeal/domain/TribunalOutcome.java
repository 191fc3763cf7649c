package org.harbour.send.appeal.domain;

/** How an appeal to the First-tier Tribunal (SEND) ended. */
public enum TribunalOutcome {

    CONCEDED("Conceded: the authority agreed to change its decision before the hearing"),
    WITHDRAWN("Withdrawn by the family"),
    UPHELD("Upheld: the tribunal ordered the decision changed, wholly or in part"),
    DISMISSED("Dismissed or refused: the authority's decision stands");

    private final String label;

    TribunalOutcome(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
