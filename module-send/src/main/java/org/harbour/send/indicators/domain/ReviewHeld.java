package org.harbour.send.indicators.domain;

import java.time.LocalDate;

/** An annual review meeting held, with the day it was due. */
public record ReviewHeld(long personId, LocalDate due, LocalDate meeting) {

    public boolean onTime() {
        return !meeting.isAfter(due);
    }
}
