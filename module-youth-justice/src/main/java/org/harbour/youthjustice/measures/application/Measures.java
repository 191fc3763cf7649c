package org.harbour.youthjustice.measures.application;

/** What the module's measures share: the module id their indicator ids begin with. */
final class Measures {

    static final String MODULE = "youth-justice";
    /** The setting of how many months a reoffending cohort is tracked. */
    static final String TRACKING_MONTHS = "reoffending-tracking-months";

    private Measures() {
    }
}
