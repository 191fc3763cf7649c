package org.harbour.core.activity.domain;

import java.util.Map;
import java.util.TreeMap;

/** How the child took part in a looked-after review: the SSDA903's REVIEW_CODE, PN0 to PN7. */
public final class ReviewParticipation {

    public static final Map<String, String> CODES;

    static {
        Map<String, String> codes = new TreeMap<>();
        codes.put("PN0", "PN0: the child was under 4 at the review");
        codes.put("PN1", "PN1: spoke for themselves");
        codes.put("PN2", "PN2: an advocate spoke for them");
        codes.put("PN3", "PN3: attended and conveyed their views symbolically");
        codes.put("PN4", "PN4: attended without conveying their views");
        codes.put("PN5", "PN5: briefed an advocate to speak for them");
        codes.put("PN6", "PN6: sent their views in writing or another way");
        codes.put("PN7", "PN7: did not take part");
        CODES = java.util.Collections.unmodifiableMap(codes);
    }

    private ReviewParticipation() {
    }

    /** Whether the code is one of the SSDA903's; none (null) is not a code. */
    public static boolean isKnown(String code) {
        return code != null && CODES.containsKey(code);
    }
}
