package org.harbour.youthjustice.record.domain;

/**
 * Offence types as the youth justice measures group them. The serious violence measure counts
 * drug, robbery and violence-against-the-person offences of gravity 5 or more.
 */
public enum OffenceType {
    VIOLENCE_AGAINST_THE_PERSON("Violence against the person", true),
    ROBBERY("Robbery", true),
    DRUGS("Drugs offences", true),
    SEXUAL("Sexual offences", false),
    BURGLARY("Burglary", false),
    THEFT_AND_HANDLING("Theft and handling stolen goods", false),
    CRIMINAL_DAMAGE("Criminal damage", false),
    PUBLIC_ORDER("Public order", false),
    POSSESSION_OF_WEAPON("Possession of a weapon", false),
    MOTORING("Motoring offences", false),
    BREACH("Breach of an order or of bail", false),
    OTHER("Other offences", false);

    /** Gravity from which an offence of a serious-violence type is serious violence. */
    public static final int SERIOUS_VIOLENCE_GRAVITY = 5;

    private final String label;
    private final boolean seriousViolenceType;

    OffenceType(String label, boolean seriousViolenceType) {
        this.label = label;
        this.seriousViolenceType = seriousViolenceType;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSeriousViolence(int gravity) {
        return seriousViolenceType && gravity >= SERIOUS_VIOLENCE_GRAVITY;
    }
}
