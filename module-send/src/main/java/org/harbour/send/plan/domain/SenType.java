package org.harbour.send.plan.domain;

/** Types of special educational need, with the SEN2 (and school census) code. */
public enum SenType {

    SPLD("SPLD", "Specific learning difficulty"),
    MLD("MLD", "Moderate learning difficulty"),
    SLD("SLD", "Severe learning difficulty"),
    PMLD("PMLD", "Profound and multiple learning difficulty"),
    SEMH("SEMH", "Social, emotional and mental health"),
    SLCN("SLCN", "Speech, language and communication needs"),
    HI("HI", "Hearing impairment"),
    VI("VI", "Vision impairment"),
    MSI("MSI", "Multi-sensory impairment"),
    PD("PD", "Physical disability"),
    ASD("ASD", "Autistic spectrum disorder"),
    OTH("OTH", "Other difficulty or disability");

    private final String code;
    private final String label;

    SenType(String code, String label) {
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
