package org.harbour.send.indicators.domain;

import java.time.LocalDate;

/** A period a child was looked after by the council: from its first day to its last (null while open). */
public record CareSpan(long personId, LocalDate start, LocalDate end) {

    /** Looked after at the end of the day: started by then and not ended on or before it. */
    public boolean lookedAfterAtEndOf(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }
}
