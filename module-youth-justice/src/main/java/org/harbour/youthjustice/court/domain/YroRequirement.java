package org.harbour.youthjustice.court.domain;

/** The requirements a youth rehabilitation order may carry (Sentencing Code, Schedule 6). */
public enum YroRequirement {
    ACTIVITY("Activity"),
    SUPERVISION("Supervision"),
    UNPAID_WORK("Unpaid work"),
    PROGRAMME("Programme"),
    ATTENDANCE_CENTRE("Attendance centre"),
    PROHIBITED_ACTIVITY("Prohibited activity"),
    CURFEW("Curfew"),
    EXCLUSION("Exclusion"),
    ELECTRONIC_MONITORING("Electronic monitoring"),
    RESIDENCE("Residence"),
    LOCAL_AUTHORITY_RESIDENCE("Local authority residence"),
    FOSTERING("Fostering"),
    MENTAL_HEALTH_TREATMENT("Mental health treatment"),
    DRUG_TREATMENT("Drug treatment"),
    DRUG_TESTING("Drug testing"),
    INTOXICATING_SUBSTANCE_TREATMENT("Intoxicating substance treatment"),
    EDUCATION("Education"),
    INTENSIVE_SUPERVISION_AND_SURVEILLANCE("Intensive supervision and surveillance");

    private final String label;

    YroRequirement(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
