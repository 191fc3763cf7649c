package org.harbour.pause.programme.domain;

import org.harbour.core.spi.error.RuleRefusedException;

import java.util.List;

/** A Pause practitioner works with only a few women at once: the cap is the module setting {@code pause.caseload-cap}. */
public final class CaseloadCap {

    public static final String SETTING = "caseload-cap";

    private CaseloadCap() {
    }

    /** Refuses taking on one more woman when the practitioner already works with {@code cap} or more. */
    public static void check(String practitionerName, long activeWomen, int cap) {
        if (activeWomen >= cap) {
            String message = practitionerName + " already works with " + activeWomen + " women, the caseload cap of "
                    + cap + ". Allocate her to another practitioner, or end a case first.";
            throw new RuleRefusedException("practitioner", message,
                    List.of(message, "The cap is the module setting pause.caseload-cap (6 to 10), changed under Administration, Modules."));
        }
    }
}
