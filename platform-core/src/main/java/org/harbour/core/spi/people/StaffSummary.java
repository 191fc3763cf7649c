package org.harbour.core.spi.people;

import java.util.Set;

/** A read-only view of one member of staff: who they are, their roles and their service areas (codes). */
public record StaffSummary(String username, String displayName, String jobTitle, boolean active,
                           Set<String> roles, Set<String> serviceAreas) {
}
