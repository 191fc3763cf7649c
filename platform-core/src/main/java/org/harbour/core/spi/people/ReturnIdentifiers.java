package org.harbour.core.spi.people;

import java.util.Collection;
import java.util.Map;

/**
 * The identifiers statutory returns carry about a person that {@link PersonSummary} leaves out:
 * the unique pupil number and the postcode. Read-only and unchecked, like {@link People}: the
 * caller runs a return with its own permission, as the returns SPI does.
 */
public interface ReturnIdentifiers {

    /** A person's UPN and postcode; either may be null when not recorded. */
    record Identifiers(String upn, String postcode) {
    }

    /** The identifiers of each person found, read in a few queries however many ids are given. */
    Map<Long, Identifiers> of(Collection<Long> personIds);
}
