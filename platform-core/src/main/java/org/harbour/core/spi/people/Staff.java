package org.harbour.core.spi.people;

import java.util.List;
import java.util.Optional;

/** The staff directory, read-only. */
public interface Staff {

    Optional<StaffSummary> find(String username);

    /** Whether the member of staff belongs to the service area with this code. */
    boolean inServiceArea(String username, String serviceAreaCode);

    /** Active staff of the service area, by display name. */
    List<StaffSummary> inServiceArea(String serviceAreaCode);
}
