package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The DfE's SSDA903 rules on where a placement is: PL_DISTANCE (164), PL_LA (169), PL_LOCATION (179),
 * PL_LOCATION against PL_LA and the authority's own code (411), and own provision outside the
 * authority (1015), each with the DfE's code and message word for word. The DfE works the three fields
 * out from HOME_POST and PL_POST, hence its messages' advice to check a postcode; here the practitioner
 * records them on the episode, so every finding links to the episode's page. A short break (LS V3, V4)
 * has no placement location to check.
 */
final class Ssda903PlacementLocationRules {

    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    private static final Set<String> LOCATIONS = Set.of("IN", "OUT");
    /** Foster care and placements for adoption, which rule 1015 leaves aside: carers live where they live. */
    private static final Set<String> FOSTER_OR_ADOPTION = Set.of("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4",
            "U5", "U6");
    private static final BigDecimal FURTHEST = new BigDecimal("999.9");
    /** Rule 164 spares a child who was UASC in the collection year or either of the two before it. */
    private static final int UASC_YEARS_BEFORE = 2;

    private Ssda903PlacementLocationRules() {
    }

    /**
     * @param ownAuthority the authority's own DfE code (the {@code la-code} setting); when blank, rules 411 and
     *                     1015, which compare with it, are not run
     */
    static void check(Ssda903Child c, ReturnPeriod period, String ownAuthority, List<ValidationMessage> out) {
        String own = ownAuthority == null || ownAuthority.isBlank() ? null : ownAuthority.strip();
        boolean uasc = c.uascBetween(period.start().minusYears(UASC_YEARS_BEFORE), period.end());
        for (Ssda903Episode e : c.episodes()) {
            String link = Ssda903Rules.episodeLink(c.childId(), e.episodeId());
            boolean shortBreak = in(SHORT_BREAKS, e.legalStatus());
            String la = e.placementLocalAuthority();
            if (!shortBreak && !uasc && !withinRange(e.placementDistance())) {
                add(out, "164", "Distance is not valid. Please check a valid postcode has been entered.", c,
                        "PL_DISTANCE", link);
            }
            if (!shortBreak && !(LocalAuthorityCodes.isValid(la) || la != null && la.equals(own))) {
                add(out, "169", "Local Authority (LA) of placement is not valid or is missing. Please check a valid "
                        + "postcode has been entered.", c, "PL_LA", link);
            }
            if (!shortBreak && !in(LOCATIONS, e.placementLocation())) {
                add(out, "179", "Placement location code is not a valid code.", c, "PL_LOCATION", link);
            }
            if (own == null) {
                continue;
            }
            if ("IN".equals(e.placementLocation()) && !own.equals(la)) {
                add(out, "411", "Placement location code disagrees with LA of placement.", c, "PL_LOCATION", link);
            }
            boolean ownProvision = "PR1".equals(e.provider()) && e.legalStatus() != null && e.placement() != null;
            if (ownProvision && !shortBreak && !in(FOSTER_OR_ADOPTION, e.placement()) && !own.equals(la)) {
                add(out, "1015", "Placement provider is own provision but child not placed in own LA.", c, "PL_LA",
                        link);
            }
        }
    }

    /** PL_DISTANCE between 0.0 and 999.9 miles; a distance not recorded is not. */
    private static boolean withinRange(BigDecimal miles) {
        return miles != null && miles.signum() >= 0 && miles.compareTo(FURTHEST) <= 0;
    }

    private static boolean in(Set<String> codes, String value) {
        return value != null && codes.contains(value);
    }

    private static void add(List<ValidationMessage> out, String code, String message, Ssda903Child c, String field,
                            String link) {
        out.add(ValidationMessage.error(code, message, c.childId(), field, link));
    }
}
