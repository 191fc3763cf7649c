package org.harbour.performance.indicators.domain;

import java.util.Arrays;

/** The service's outcomes the scorecard is grouped by, in the order it shows them. */
public enum OutcomeGroup {
    RIGHT_SUPPORT("Right support at the right time"),
    LOCALITIES("Strong and vibrant localities"),
    BIRTH_FAMILIES("Children remain within or return to their birth families"),
    PERMANENCE("Permanence and placement stability"),
    WORKFORCE("Permanent, stable workforce"),
    PRACTICE("Practice standards");

    private final String title;

    OutcomeGroup(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    /** By constant name or title, ignoring case; a module's unknown group falls under localities. */
    public static OutcomeGroup parse(String value) {
        return Arrays.stream(values())
                .filter(g -> g.name().equalsIgnoreCase(value) || g.title.equalsIgnoreCase(value))
                .findFirst().orElse(LOCALITIES);
    }
}
