package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/**
 * One allocation of a child's case to a social worker: the worker by staff id (never by name), the
 * days held ({@code end} null while open) and, when a reallocation ended it, why the worker changed
 * (SW_REASON; null when not known or when the case closed).
 */
public record WorkerEpisodeRow(long allocationId, long personId, long caseFileId, long workerId, LocalDate start,
                               LocalDate end, String changeReason) {
}
