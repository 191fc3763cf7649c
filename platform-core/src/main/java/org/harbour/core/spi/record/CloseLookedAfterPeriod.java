package org.harbour.core.spi.record;

import java.time.LocalDate;

/**
 * What ends a looked-after period: the day (DEC) and the SSDA903 reason episode ceased (REC, e.g.
 * {@code E14} accommodation on remand ended).
 */
public record CloseLookedAfterPeriod(long personId, long periodId, LocalDate endDate, String reasonCeased) {
}
