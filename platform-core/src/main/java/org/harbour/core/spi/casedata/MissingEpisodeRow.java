package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/** A missing (M) or away without authorisation (A) episode of a looked-after child; {@code end} null while still missing. */
public record MissingEpisodeRow(long id, long personId, String kind, LocalDate start, LocalDate end,
                                boolean interviewOffered, boolean interviewAccepted) {
}
