package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/** One visit or supervision: its case, child, date, visit type and whether the child was seen. */
public record ActivityRow(long id, String kind, long caseFileId, long personId, LocalDate occurredOn, String visitType,
                          boolean childSeen) {
}
