package org.harbour.youthjustice.plan.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The social care record's services that count as "wider services" for the YJB (KPI 8), by the
 * kind of involvement core records: what the child was known to on the day a status was taken.
 */
public enum WiderService {
    EARLY_HELP("Early help"),
    CIN_PLAN("Child in need plan"),
    CP_PLAN("Child protection plan"),
    LOOKED_AFTER("Looked after");

    private final String label;

    WiderService(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The involvement kinds of core's case data, as the KPI reads them. */
    public static List<String> kinds() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
