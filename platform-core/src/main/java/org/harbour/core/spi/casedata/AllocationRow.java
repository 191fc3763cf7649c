package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/** One allocation of a case to a worker, with the child and the service area it was allocated in. */
public record AllocationRow(long caseFileId, long personId, long workerId, long serviceAreaId, LocalDate start,
                            LocalDate end) {

    /** Held at the end of the day: started by then and not ended on or before it. */
    public boolean heldAt(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }
}
