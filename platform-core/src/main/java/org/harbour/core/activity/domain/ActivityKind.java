package org.harbour.core.activity.domain;

import java.util.Locale;

/** The kinds of activity recorded on a case, with the words pages, the chronology and the audit trail use. */
public enum ActivityKind {
    VISIT("Visit", "VISIT"),
    SUPERVISION("Supervision", "SUPERVISION"),
    REVIEW("Review", "REVIEW"),
    NOTE("Case note", "CASE_NOTE");

    private final String label;
    private final String auditName;

    ActivityKind(String label, String auditName) {
        this.label = label;
        this.auditName = auditName;
    }

    public String getLabel() {
        return label;
    }

    /** E.g. {@code VISIT_CREATE}, {@code CASE_NOTE_VIEW}. */
    public String auditAction(String verb) {
        return auditName + "_" + verb;
    }

    /** The kind named in a page address ({@code visit}, {@code supervision}, {@code review}, {@code note}), or null. */
    public static ActivityKind fromParameter(String value) {
        if (value == null) {
            return null;
        }
        for (ActivityKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value.trim())) {
                return kind;
            }
        }
        return null;
    }

    public String getParameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
