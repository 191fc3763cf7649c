package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.returns.ValidationMessage;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The DfE's SSDA903 rules on the UASC, OC2, OC3 and PrevPerm tables, each with the DfE's rule code
 * and message word for word (the published 903 validation rules, as the DfE's own validator words
 * them). They run over what goes into the tables, so a value that reached the records another way
 * than the looked-after page (which refuses it) is still caught before the return is sent.
 */
final class Ssda903OutcomeRules {

    /** IN_TOUCH codes (rule 131). */
    static final Set<String> IN_TOUCH = Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");
    static final Set<String> SDQ_REASONS = Set.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");
    static final Set<String> PREVIOUS_PERMANENCE = Set.of("P1", "P2", "P3", "P4", "Z1");
    private static final int UASC_CEASES_BY_BIRTHDAY = 18;

    private Ssda903OutcomeRules() {
    }

    static void check(Ssda903Child c, List<ValidationMessage> out) {
        uasc(c, out);
        oc2(c, out);
        oc3(c, out);
        previousPermanence(c, out);
    }

    private static void uasc(Ssda903Child c, List<ValidationMessage> out) {
        LookedAfterStatusRow s = c.status();
        if (s == null || s.uascCeased() == null || c.dateOfBirth() == null) {
            return;
        }
        if (s.uascCeased().isAfter(c.dateOfBirth().plusYears(UASC_CEASES_BY_BIRTHDAY))) {
            out.add(ValidationMessage.error("304", "Date unaccompanied asylum-seeking child (UASC) status ceased must "
                    + "be on or before the 18th birthday of a child.", c.childId(), "DUC",
                    Ssda903LookedAfterRules.section(c.childId(), "status")));
        }
    }

    private static void oc2(Ssda903Child c, List<ValidationMessage> out) {
        HealthOutcomeRow h = c.health();
        if (!c.inOc2() || h == null) {
            return;
        }
        String link = Ssda903LookedAfterRules.section(c.childId(), "health");
        if (h.sdqScore() != null && (h.sdqScore() < 0 || h.sdqScore() > 40)) {
            out.add(ValidationMessage.error("180", "Data entry for the strengths and difficulties questionnaire (SDQ) "
                    + "score is invalid.", c.childId(), "SDQ_SCORE", link));
        }
        if (h.sdqReason() != null && !SDQ_REASONS.contains(h.sdqReason())) {
            out.add(ValidationMessage.error("196", "Strengths and Difficulties (SDQ) reason is not a valid code.",
                    c.childId(), "SDQ_REASON", link));
        }
    }

    private static void oc3(Ssda903Child c, List<ValidationMessage> out) {
        CareLeaverOutcome leaver = c.careLeaver();
        if (leaver == null) {
            return;
        }
        String link = "/case/involvement.xhtml?person=" + c.childId() + "&kind=care-leaver&id=" + leaver.recordId();
        long coded = Stream.of(leaver.inTouch(), leaver.activity(), leaver.accommodation())
                .filter(Objects::nonNull).count();
        if (coded != 0 && coded != 3) {
            out.add(ValidationMessage.error("153", "All data items relating to a child's activity or accommodation "
                    + "after leaving care must be coded or left blank.", c.childId(), "ACTIV", link));
        }
        if (leaver.inTouch() == null || !IN_TOUCH.contains(leaver.inTouch())) {
            out.add(ValidationMessage.error("131", "Data entry for being in touch after leaving care is invalid.",
                    c.childId(), "IN_TOUCH", link));
        }
        if ("YES".equals(leaver.inTouch()) && ("0".equals(leaver.activity()) || "0".equals(leaver.accommodation()))) {
            out.add(ValidationMessage.error("345", "The data collection record shows the local authority is in touch "
                    + "with this young person, but activity and/or accommodation data items are zero.", c.childId(),
                    "IN_TOUCH", link));
        }
    }

    private static void previousPermanence(Ssda903Child c, List<ValidationMessage> out) {
        LookedAfterStatusRow s = c.status();
        if (c.startedInYear() && s != null && s.previousPermanence() != null
                && !PREVIOUS_PERMANENCE.contains(s.previousPermanence())) {
            out.add(ValidationMessage.error("631", "Previous permanence option not a valid value.", c.childId(),
                    "PREV_PERM", Ssda903LookedAfterRules.section(c.childId(), "status")));
        }
    }
}
