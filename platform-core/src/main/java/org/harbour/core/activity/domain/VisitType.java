package org.harbour.core.activity.domain;

/**
 * Which statutory visit a visit satisfies. Each statutory type has its own timescale, a setting
 * ({@code harbour.timescales.visit.<key>}); {@link #OTHER} counts towards none.
 */
public enum VisitType {
    CIN("Child in need visit", "CIN visit", "cin"),
    CP("Child protection visit", "CP visit", "cp"),
    CLA("Looked-after child visit", "Looked-after child visit", "cla"),
    EARLY_HELP("Early help visit", "Early help visit", "early-help"),
    OTHER("Other visit (no statutory timescale)", "Visit", null);

    private final String label;
    private final String shortLabel;
    private final String settingKey;

    VisitType(String label, String shortLabel, String settingKey) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.settingKey = settingKey;
    }

    public String getLabel() {
        return label;
    }

    public String getShortLabel() {
        return shortLabel;
    }

    /** The key under {@code harbour.timescales.visit.}, or null for a visit with no statutory timescale. */
    public String getSettingKey() {
        return settingKey;
    }

    public boolean isStatutory() {
        return settingKey != null;
    }

    /** The type named by a code, or null for null, blank or an unknown code. */
    public static VisitType fromCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (VisitType type : values()) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        return null;
    }
}
