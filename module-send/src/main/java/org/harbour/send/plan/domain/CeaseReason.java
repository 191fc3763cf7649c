package org.harbour.send.plan.domain;

/**
 * Why a plan ceased, with the SEN2 reason code (CeaseReason of the DfE's SEN2 specification,
 * codes 1 to 9). Stored by name, so the codes can follow the specification without a migration.
 */
public enum CeaseReason {

    MAX_AGE("1", "Reached the maximum age (end of the academic year of their 25th birthday)"),
    NEEDS_MET("2", "Educational or training needs being met without an EHC plan"),
    HIGHER_EDUCATION("3", "Moved on to higher education"),
    EMPLOYMENT("4", "Moved on to paid employment, not an apprenticeship"),
    MOVED_LA("5", "Transferred to another local authority"),
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
