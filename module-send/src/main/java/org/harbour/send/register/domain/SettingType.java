package org.harbour.send.register.domain;

/** The type of an education setting, with the SEN2 setting type code it is returned under. */
public enum SettingType {

    EARLY_YEARS("EY", "Early years setting"),
    MAINSTREAM("MS", "Mainstream school"),
    RESOURCED_PROVISION("RP", "Resourced provision or SEN unit in a mainstream school"),
    SPECIAL("SS", "State-funded special school"),
    INDEPENDENT_SPECIAL("IS", "Independent or non-maintained special school"),
    FE_COLLEGE("FE", "Further education college"),
    SIXTH_FORM("SF", "Sixth form college"),
    ALTERNATIVE_PROVISION("AP", "Alternative provision or pupil referral unit"),
    HOME_EDUCATION("EH", "Elective home education"),
    OTHER("OT", "Other");

    private final String code;
    private final String label;

    SettingType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    /** Post-16 settings are identified by UKPRN, schools by URN (SEN2). */
    public boolean isPost16() {
        return this == FE_COLLEGE || this == SIXTH_FORM;
    }
}
