package org.harbour.pause.indicators.domain;

import java.time.LocalDate;

/**
 * What the measures count about one participation: ids and dates only. {@code offered} is true
 * when the forum offered her the programme; {@code completed} when she exited after the intervention began.
 */
public record ProgrammeFacts(long personId, String practitioner, LocalDate referredOn, LocalDate forumOn, boolean offered,
                             LocalDate engagementStartedOn, LocalDate interventionStartedOn, LocalDate exitedOn) {

    /** In the programme (engagement or intervention) at the end of the day. */
    public boolean activeOn(LocalDate day) {
        return engagementStartedOn != null && !engagementStartedOn.isAfter(day) && (exitedOn == null || exitedOn.isAfter(day));
    }

    /** Since her engagement began, up to the day: during or after the programme. */
    public boolean startedBy(LocalDate day) {
        return engagementStartedOn != null && !engagementStartedOn.isAfter(day);
    }

    public boolean completed() {
        return exitedOn != null && interventionStartedOn != null;
    }
}
