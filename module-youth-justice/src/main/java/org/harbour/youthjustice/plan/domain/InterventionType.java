package org.harbour.youthjustice.plan.domain;

/** The kinds of intervention a child's plan arranges. */
public enum InterventionType {
    OFFENDING_BEHAVIOUR("Offending behaviour programme"),
    WEAPONS_AWARENESS("Weapons awareness"),
    VICTIM_AWARENESS("Victim awareness"),
    REPARATION("Reparation"),
    RESTORATIVE_JUSTICE("Restorative justice"),
    EDUCATION_TRAINING_EMPLOYMENT("Education, training and employment"),
    SPEECH_LANGUAGE_COMMUNICATION("Speech, language and communication"),
    MENTAL_HEALTH("Mental health"),
    SUBSTANCE_MISUSE("Substance misuse"),
    FAMILY_SUPPORT("Family support"),
    MENTORING("Mentoring"),
    OTHER("Other");

    private final String label;

    InterventionType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Health data: seen and recorded only with {@code youth-justice:health}. */
    public boolean isHealth() {
        return this == MENTAL_HEALTH || this == SUBSTANCE_MISUSE;
    }
}
