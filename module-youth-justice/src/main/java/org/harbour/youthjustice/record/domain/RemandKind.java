package org.harbour.youthjustice.record.domain;

/**
 * Where a child is remanded. Either makes the child looked after (SSDA903 legal status J1); the
 * placement type is what core's period records for it.
 */
public enum RemandKind {
    LOCAL_AUTHORITY("Remand to local authority accommodation", "U4", "PR1"),
    YOUTH_DETENTION("Remand to youth detention accommodation", "K2", "PR0");

    private final String label;
    private final String placementType;
    private final String placementProvider;

    RemandKind(String label, String placementType, String placementProvider) {
        this.label = label;
        this.placementType = placementType;
        this.placementProvider = placementProvider;
    }

    public String getLabel() {
        return label;
    }

    /** SSDA903 PLACE of the looked-after period the remand opens. */
    public String getPlacementType() {
        return placementType;
    }

    /** SSDA903 PLACE_PROVIDER of that placement. */
    public String getPlacementProvider() {
        return placementProvider;
    }
}
