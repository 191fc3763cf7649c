package org.harbour.continuingcare.referral.domain;

/**
 * The pre-assessment checklist: the health evidence a referral needs before it can go to an
 * assessor. Items marked required block the referral until they are received.
 */
public enum EvidenceItem {
    CONSENT("Consent of the child or family to share information", true),
    GP_SUMMARY("GP summary and medical history", true),
    CONSULTANT_REPORT("Report of the lead consultant or paediatrician", true),
    NURSING_CARE_PLAN("Current nursing care plan", true),
    MEDICATION_CHART("Medication administration record", true),
    THERAPY_REPORTS("Therapy reports (physiotherapy, speech and language, occupational)", false),
    SOCIAL_CARE_ASSESSMENT("Social care assessment of the family", false),
    EDUCATION_REPORT("Education setting's report or EHC plan", false);

    private final String label;
    private final boolean required;

    EvidenceItem(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    public String getLabel() {
        return label;
    }

    public boolean isRequired() {
        return required;
    }
}
