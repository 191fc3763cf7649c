package org.harbour.continuingcare.dsr.domain;

/** Risk of admission to a mental health hospital, as the Dynamic Support Register rates it. */
public enum Rag {
    RED("Red: at immediate risk of admission"),
    AMBER("Amber: at risk without support"),
    GREEN("Green: needs monitoring");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
