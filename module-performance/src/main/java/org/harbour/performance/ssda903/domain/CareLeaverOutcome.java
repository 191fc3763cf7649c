package org.harbour.performance.ssda903.domain;

/** The OC3 row of a care leaver around their 17th to 21st birthday: IN_TOUCH, ACTIV and ACCOM. */
public record CareLeaverOutcome(String inTouch, String activity, String accommodation) {
}
