package org.harbour.core.spi.people;

import java.util.Optional;

/**
 * The person index, read-only. It does not check need to know: callers have checked the user's
 * reach to the person (see {@link org.harbour.core.spi.access.AccessGuard}) or work as the system.
 */
public interface People {

    Optional<PersonSummary> find(long personId);

    default String nameOf(long personId) {
        return find(personId).map(PersonSummary::fullName).orElse("Unknown person");
    }
}
