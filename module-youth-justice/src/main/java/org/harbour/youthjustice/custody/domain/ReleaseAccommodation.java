package org.harbour.youthjustice.custody.domain;

/** Where the child will live on release; of these only no fixed abode and bed and breakfast are not suitable. */
public enum ReleaseAccommodation {
    FAMILY_HOME("Family home", true),
    RELATIVES_OR_FRIENDS("With relatives or friends", true),
    LOCAL_AUTHORITY_PLACEMENT("Local authority placement (foster care or children's home)", true),
    SUPPORTED_ACCOMMODATION("Supported accommodation", true),
    INDEPENDENT("Independent living", true),
    BED_AND_BREAKFAST("Bed and breakfast", false),
    NO_FIXED_ABODE("No fixed abode", false);

    private final String label;
    private final boolean suitable;

    ReleaseAccommodation(String label, boolean suitable) {
        this.label = label;
        this.suitable = suitable;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSuitable() {
        return suitable;
    }
}
