package org.harbour.core.spi.module;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A module's own ground for need to know, consulted by core's record access only after core's
 * rules (an open case allocated in the user's areas, the person index's reach) have refused:
 * e.g. a service that receives referrals from other areas reaches the children referred to it
 * while it works with them. Keep each ground narrow, tied to the user's service areas and to
 * work the module holds for the person.
 */
public interface ReachSource {

    /** Module id of the contributor. */
    String moduleId();

    /** Whether the signed-in user {@code username} reaches the person on this module's ground. */
    boolean reaches(long personId, String username, LocalDate today);

    /**
     * Of the persons given, those the user reaches on this module's ground: exactly {@link #reaches} for each.
     * Core asks this for a list of persons at once (search results, a record's relationships); a module whose
     * ground starts with something of the user's alone (a team) should answer that once here, not once a person.
     */
    default Set<Long> reachedOf(Collection<Long> personIds, String username, LocalDate today) {
        Set<Long> reached = new LinkedHashSet<>();
        for (Long personId : personIds) {
            if (reaches(personId, username, today)) {
                reached.add(personId);
            }
        }
        return reached;
    }
}
