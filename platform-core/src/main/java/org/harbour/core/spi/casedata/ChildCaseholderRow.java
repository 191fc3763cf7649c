package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/**
 * A child as a list of counted children shows them: id, name, date of birth, and the team (service
 * area) and worker the child's case was allocated to on the day asked for (or, if none was held that
 * day, the latest allocation before it); team and worker are null when the case was never allocated.
 */
public record ChildCaseholderRow(long personId, String givenName, String familyName, LocalDate dateOfBirth,
                                 String team, String worker) {
}
