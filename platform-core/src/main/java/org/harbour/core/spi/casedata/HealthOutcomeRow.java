package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/**
 * A looked-after child's health and wellbeing for the collection year ending {@code yearEnding}
 * (31 March), as the practitioner recorded it: the SSDA903 OC2 fields.
 */
public record HealthOutcomeRow(long id, long personId, LocalDate yearEnding, boolean healthCheck, boolean teethCheck,
                               boolean immunisations, boolean healthAssessment, Integer sdqScore, String sdqReason,
                               boolean convicted, boolean substanceMisuse, Boolean interventionReceived,
                               Boolean interventionOffered) {
}
