package org.harbour.core.spi.module;

import java.time.LocalDate;

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
}
