package org.harbour.core.spi.family;

import java.time.LocalDate;

/**
 * One order in a child's looked-after period: {@code C2} or {@code E1} from the first day of an
 * episode with that legal status, {@code E11} or {@code E12} on the day the adoption ended the period.
 */
public record RemovalOrderRow(long childId, long periodId, String code, LocalDate date) {
}
