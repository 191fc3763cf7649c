package org.harbour.youthjustice.court.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The court's orders whose terms the service manages, each tied to the code of the ladder's
 * outcome list it is recorded under. Fines and discharges carry no term and stay plain outcomes.
 */
public enum OrderKind {
    REFERRAL_ORDER("REFERRAL_ORDER", "Referral order"),
    YOUTH_REHABILITATION_ORDER("YOUTH_REHABILITATION_ORDER", "Youth rehabilitation order"),
    DETENTION_AND_TRAINING_ORDER("DETENTION_AND_TRAINING_ORDER", "Detention and training order"),
    SECTION_250("SECTION_250", "Detention under section 250"),
    SECTION_254("SECTION_254", "Extended sentence of detention (section 254)"),
    SECTION_259("SECTION_259", "Detention during His Majesty's pleasure (section 259)");

    private final String outcomeType;
    private final String label;

    OrderKind(String outcomeType, String label) {
        this.outcomeType = outcomeType;
        this.label = label;
    }

    /** The order an outcome of this type makes, if it makes one. */
    public static Optional<OrderKind> forOutcomeType(String code) {
        return Arrays.stream(values()).filter(k -> k.outcomeType.equals(code)).findFirst();
    }

    public String getOutcomeType() {
        return outcomeType;
    }

    public String getLabel() {
        return label;
    }

    public boolean isCustodial() {
        return this != REFERRAL_ORDER && this != YOUTH_REHABILITATION_ORDER;
    }
}
