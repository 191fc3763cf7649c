package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/**
 * A looked-after child's standing facts: UASC status and when it ceased, whether she is a mother and
 * her child's birth, the permanence before care (code, authority, date) and the adoption decisions
 * (decided, placement order, matched, placed, reversed with its reason) with the adopters.
 */
public record LookedAfterStatusRow(long id, long personId, LocalDate uascFrom, LocalDate uascCeased, boolean mother,
                                   LocalDate childBornOn, String previousPermanence, String previousPermanenceLa,
                                   LocalDate previousPermanenceDate, LocalDate adoptionDecidedOn,
                                   LocalDate placementOrderOn, LocalDate adoptionMatchedOn,
                                   LocalDate placedForAdoptionOn, LocalDate adoptionStoppedOn,
                                   String adoptionStoppedReason, boolean adoptedByFosterCarer, Integer adoptersNumber,
                                   String adoptersSex, String adoptersLegalStatus) {
}
