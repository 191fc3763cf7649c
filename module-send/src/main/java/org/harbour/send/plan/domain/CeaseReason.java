package org.harbour.send.plan.domain;

/** Why a plan ceased, with the SEN2 reason code. */
public enum CeaseReason {

    MAX_AGE("1", "Reached the maximum age (end of the academic year of their 25th birthday)"),
    MOVED_LA("2", "Moved to another local authority"),
    NEEDS_MET("3", "Special educational needs met without a plan"),
    HIGHER_EDUCATION("4", "Moved on to higher education"),
    EMPLOYMENT("5", "Moved on to paid employment, without training"),
    LEFT_EDUCATION("6", "Young person no longer wishes to engage in education or training"),
    MOVED_ABROAD("7", "Moved outside England"),
    DECEASED("8", "Died"),
    OTHER("9", "Other");

    private final String code;
    private final String label;

    CeaseReason(String code, String label) {
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
