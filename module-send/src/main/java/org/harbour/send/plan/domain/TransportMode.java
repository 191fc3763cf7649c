package org.harbour.send.plan.domain;

/** How the plan gets the child to school or college, when the authority arranges it. */
public enum TransportMode {

    NONE("No transport arranged"),
    FLEET("Council fleet minibus"),
    TAXI("Taxi or private hire"),
    PUBLIC_TRANSPORT_PASS("Public transport pass"),
    TRAVEL_TRAINING("Independent travel training"),
    PERSONAL_TRANSPORT_BUDGET("Personal transport budget paid to the family");

    private final String label;

    TransportMode(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
