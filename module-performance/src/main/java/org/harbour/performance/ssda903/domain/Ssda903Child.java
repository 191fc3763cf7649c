package org.harbour.performance.ssda903.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One child of the SSDA903 for a collection year: the Header fields, the episodes open on any day
 * of the year in date order, the looked-after reviews held in the year and, for a care leaver
 * whose 17th to 21st birthday falls in the year, the OC3 outcome. The child is named in the return
 * by the authority's own child id (the person id), never by name.
 */
public record Ssda903Child(long childId, LocalDate dateOfBirth, String sex, String ethnicity, String upn,
                           List<Ssda903Episode> episodes, List<LocalDate> reviews, CareLeaverOutcome careLeaver) {

    public Ssda903Child {
        episodes = List.copyOf(episodes);
        reviews = List.copyOf(reviews);
    }

    /** Whether the child is in the Episodes table (a care leaver may be in OC3 alone). */
    public boolean lookedAfterInYear() {
        return !episodes.isEmpty();
    }
}
