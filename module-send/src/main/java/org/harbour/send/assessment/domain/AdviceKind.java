package org.harbour.send.assessment.domain;

/**
 * The advice an EHC needs assessment gathers (SEND Regulations 2014, regulation 6). Health and
 * social care advice is special category data: only staff with the health-data permission see it.
 */
public enum AdviceKind {

    EDUCATION("Educational advice", false),
    HEALTH("Medical advice (health)", true),
    SOCIAL_CARE("Social care advice", true),
    PSYCHOLOGY("Educational psychologist's advice", false),
    OTHER("Other advice", false);

    private final String label;
    private final boolean healthData;

    AdviceKind(String label, boolean healthData) {
        this.label = label;
        this.healthData = healthData;
    }

    public String getLabel() {
        return label;
    }

    public boolean isHealthData() {
        return healthData;
    }
}
