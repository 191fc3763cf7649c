package org.harbour.continuingcare.panel.domain;

/**
 * What a panel is for. Each function is a separate question about a child, decided once by a
 * panel of that function: one panel no longer mixes them, and no second panel repeats the first.
 */
public enum PanelFunction {
    FUNDING_DECISION("Funding decision"),
    CASE_MANAGEMENT("Case management"),
    EQUIPMENT("Equipment"),
    MULTI_AGENCY("Multi-agency intervention");

    private final String label;

    PanelFunction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
