package org.harbour.core.involvement.application;

import org.harbour.core.spi.calendar.Timescale;

/** The statutory timescales of involvements (Working Together to Safeguard Children). */
public final class InvolvementTimescales {

    /** A single assessment is completed within 45 working days of the referral. */
    public static final Timescale ASSESSMENT = Timescale.workingDays("Single assessment", 45);

    /** The initial child protection conference is held within 15 working days of the strategy discussion. */
    public static final Timescale ICPC = Timescale.workingDays("Initial child protection conference", 15);

    private InvolvementTimescales() {
    }
}
