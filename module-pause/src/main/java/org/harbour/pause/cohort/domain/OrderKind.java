package org.harbour.pause.cohort.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The court orders that end a mother's care of a child, by their SSDA903 codes: a care order and a
 * placement order are legal statuses (LS), an adoption is how the period ended (REC).
 */
public enum OrderKind {
    CARE_ORDER("C2", "Care order"),
    PLACEMENT_ORDER("E1", "Placement order"),
    ADOPTION_UNOPPOSED("E11", "Adoption (unopposed)"),
    ADOPTION_CONSENT_DISPENSED("E12", "Adoption (consent dispensed with)");

    private final String code;
    private final String label;

    OrderKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public static Optional<OrderKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
