package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/** One statutory review held: its child, date and type ({@code CLA_REVIEW}, {@code CP_CONFERENCE}, {@code CIN_REVIEW}). */
public record ReviewRow(long id, long personId, LocalDate held, String reviewType) {
}
