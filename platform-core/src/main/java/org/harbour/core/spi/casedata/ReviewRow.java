package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/**
 * One statutory review held: its child, date and type ({@code CLA_REVIEW}, {@code CP_CONFERENCE},
 * {@code CIN_REVIEW}) and, for a looked-after review, how the child took part (REVIEW_CODE PN0-PN7; null when not recorded).
 */
public record ReviewRow(long id, long personId, LocalDate held, String reviewType, String participationCode) {

    public ReviewRow(long id, long personId, LocalDate held, String reviewType) {
        this(id, personId, held, reviewType, null);
    }
}
