package org.harbour.core.person.domain;

/**
 * How one person stands to another: "from is the {@code type} of to". Each type names both
 * sides, so a relationship recorded on either person reads correctly on the other
 * (a mother's page shows her child, the child's page shows the mother).
 */
public enum RelationshipType {
    MOTHER("Mother", "Child"),
    FATHER("Father", "Child"),
    PARENT("Parent", "Child"),
    STEP_PARENT("Step-parent", "Step-child"),
    SIBLING("Sibling", "Sibling"),
    HALF_SIBLING("Half-sibling", "Half-sibling"),
    CARER("Carer", "Cared for"),
    GRANDPARENT("Grandparent", "Grandchild"),
    OTHER_RELATIVE("Other relative", "Other relative");

    private final String label;
    private final String inverseLabel;

    RelationshipType(String label, String inverseLabel) {
        this.label = label;
        this.inverseLabel = inverseLabel;
    }

    /** What the "from" person is to the "to" person. */
    public String getLabel() {
        return label;
    }

    /** What the "to" person is to the "from" person. */
    public String getInverseLabel() {
        return inverseLabel;
    }
}
