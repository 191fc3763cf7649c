package org.harbour.core.involvement.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of involvement a child has with children's social care, in the order of a child's journey. */
public enum InvolvementKind {

    CONTACT("Contact", "contact", false, false),
    REFERRAL("Referral", "referral", true, false),
    ASSESSMENT("Single assessment", "assessment", false, true),
    CIN_PLAN("Child in need plan", "cin-plan", true, false),
    STRATEGY_DISCUSSION("Strategy discussion", "strategy-discussion", false, false),
    SECTION_47("Section 47 enquiry", "section-47", true, false),
    CP_PLAN("Child protection plan", "cp-plan", true, false),
    LOOKED_AFTER("Looked-after period", "looked-after", true, false),
    PLACEMENT_EPISODE("Placement episode", "placement-episode", true, false),
    CARE_LEAVER("Care leaver", "care-leaver", true, false),
    EARLY_HELP("Early help episode", "early-help", true, false);

    private final String label;
    private final String slug;
    private final boolean hasEnd;
    private final boolean needsReferral;

    InvolvementKind(String label, String slug, boolean hasEnd, boolean needsReferral) {
        this.label = label;
        this.slug = slug;
        this.hasEnd = hasEnd;
        this.needsReferral = needsReferral;
    }

    public String getLabel() {
        return label;
    }

    /** The kind as URLs and JSON name it, e.g. {@code cp-plan}. */
    public String getSlug() {
        return slug;
    }

    /**
     * Whether the involvement lasts with an end date (a plan, a period, an enquiry). An assessment
     * instead ends with its authorisation date, and a contact or a strategy discussion is one day.
     */
    public boolean hasEnd() {
        return hasEnd;
    }

    /** An assessment always belongs to a referral. */
    public boolean needsReferral() {
        return needsReferral;
    }

    /** Plans and enquiries may name the referral they follow. */
    public boolean mayHaveReferral() {
        return this == ASSESSMENT || this == CIN_PLAN || this == STRATEGY_DISCUSSION || this == SECTION_47
                || this == CP_PLAN;
    }

    /** By slug ({@code cp-plan}) or constant name ({@code CP_PLAN}), ignoring case. */
    public static Optional<InvolvementKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        return Arrays.stream(values())
                .filter(k -> k.slug.equalsIgnoreCase(v) || k.name().equalsIgnoreCase(v))
                .findFirst();
    }
}
