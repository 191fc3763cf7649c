package org.harbour.send.review.domain;

/** The authority's decision after an annual review meeting, with the SEN2 review outcome code. */
public enum ReviewDecision {

    MAINTAIN("M", "Maintain the plan as it is"),
    AMEND("A", "Amend the plan"),
    CEASE("C", "Cease the plan");

    private final String code;
    private final String label;

    ReviewDecision(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }
}
