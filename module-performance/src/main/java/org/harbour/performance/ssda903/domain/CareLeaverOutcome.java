package org.harbour.performance.ssda903.domain;

/**
 * The OC3 row of a care leaver around their 17th to 21st birthday: IN_TOUCH, ACTIV and ACCOM, as
 * recorded on the care leaver record {@code recordId}, where they are put right.
 */
public record CareLeaverOutcome(long recordId, String inTouch, String activity, String accommodation) {
}
