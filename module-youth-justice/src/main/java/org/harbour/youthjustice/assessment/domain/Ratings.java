package org.harbour.youthjustice.assessment.domain;

import java.util.stream.Stream;

/** An assessment's three ratings: likelihood of reoffending, risk of serious harm, safety and wellbeing; any may be unrated. */
public record Ratings(Rating reoffending, Rating seriousHarm, Rating safetyAndWellbeing) {

    public static final Ratings NONE = new Ratings(null, null, null);

    public boolean complete() {
        return reoffending != null && seriousHarm != null && safetyAndWellbeing != null;
    }

    public boolean any() {
        return reoffending != null || seriousHarm != null || safetyAndWellbeing != null;
    }

    /** The highest rating given, or null when none is. */
    public Rating highest() {
        return Stream.of(reoffending, seriousHarm, safetyAndWellbeing).filter(r -> r != null).max(Enum::compareTo).orElse(null);
    }
}
