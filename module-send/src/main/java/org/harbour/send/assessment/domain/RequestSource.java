package org.harbour.send.assessment.domain;

/** Who asked for the EHC needs assessment, with the SEN2 request source code. */
public enum RequestSource {

    PARENT("PA", "Parent or carer"),
    YOUNG_PERSON("YP", "Young person"),
    SCHOOL("SC", "School or college"),
    EARLY_YEARS("EY", "Early years setting"),
    HEALTH("HE", "Health service"),
    SOCIAL_CARE("SO", "Social care"),
    YOUTH_CUSTODY("YC", "Youth custody establishment"),
    OTHER("OT", "Other");

    private final String code;
    private final String label;

    RequestSource(String code, String label) {
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
