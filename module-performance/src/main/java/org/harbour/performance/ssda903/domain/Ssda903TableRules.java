package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.MissingEpisodeRow;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The DfE's SSDA903 rules on the Reviews, OC2, OC3, AD1, PlacedAdoption and Missing tables beyond
 * those of {@link Ssda903LookedAfterRules} and {@link Ssda903OutcomeRules}, each with the DfE's
 * rule code and message word for word. Each runs only over the rows its table carries (OC2 for a
 * child looked after twelve months, AD1 for a child adopted in the year, PlacedAdoption while a
 * decision stood in the year) and links to the page where the field is recorded.
 */
final class Ssda903TableRules {

    static final Set<String> REVIEW_CODES = Set.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");
    /** ACTIV codes, as the DfE lists them for the collection year. */
    static final Set<String> ACTIVITY = Set.of("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "G4", "G5", "G6", "0");
    static final Set<String> ADOPTERS_SEX = Set.of("M1", "F1", "MM", "FF", "MF");
    static final Set<String> ADOPTERS_LEGAL_STATUS = Set.of("L0", "L11", "L12", "L2", "L3", "L4");
    static final Set<String> ADOPTION_STOPPED = Set.of("RD1", "RD2", "RD3", "RD4");
    static final Set<String> MISSING_KINDS = Set.of("M", "A");

    private Ssda903TableRules() {
    }

    static void check(Ssda903Child c, ReturnPeriod period, List<ValidationMessage> out) {
        reviews(c, out);
        health(c, out);
        careLeaver(c, out);
        adoption(c, period, out);
        missing(c, period, out);
    }

    private static void reviews(Ssda903Child c, List<ValidationMessage> out) {
        for (Ssda903Review r : c.reviews()) {
            // A review without REVIEW_CODE is Harbour's query HB-903-REVIEW_CODE; a code outside the list is the DfE's error.
            if (r.participationCode() != null && !REVIEW_CODES.contains(r.participationCode())) {
                out.add(ValidationMessage.error("167", "Data entry for participation is invalid or blank.", c.childId(),
                        "REVIEW_CODE", Ssda903LookedAfterRules.reviewLink(c.childId(), r.reviewId())));
            }
        }
    }

    private static void health(Ssda903Child c, List<ValidationMessage> out) {
        HealthOutcomeRow h = c.health();
        if (!c.inOc2() || h == null) {
            return;
        }
        String link = Ssda903LookedAfterRules.section(c.childId(), "health");
        if (h.substanceMisuse() && h.interventionReceived() == null) {
            out.add(ValidationMessage.error("192", "Child has been identified as having a substance misuse problem but "
                    + "the additional item on whether an intervention was received has been left blank.", c.childId(),
                    "INTERVENTION_RECEIVED", link));
        }
        if (!h.substanceMisuse() && (h.interventionReceived() != null || h.interventionOffered() != null)) {
            out.add(ValidationMessage.error("193", "Child not identified as having a substance misuse problem but at "
                    + "least one of the two additional items on whether an intervention were offered and received have "
                    + "been completed.", c.childId(), "INTERVENTION_OFFERED", link));
        }
        if (h.sdqScore() != null && h.sdqReason() != null) {
            out.add(ValidationMessage.error("197", "Reason for no Strengths and Difficulties (SDQ) score is not required "
                    + "if Strengths and Difficulties Questionnaire score is filled in.", c.childId(), "SDQ_REASON", link));
        }
    }

    private static void careLeaver(Ssda903Child c, List<ValidationMessage> out) {
        CareLeaverOutcome leaver = c.careLeaver();
        if (leaver == null) {
            return;
        }
        String link = "/case/involvement.xhtml?person=" + c.childId() + "&kind=care-leaver&id=" + leaver.recordId();
        if (leaver.activity() != null && !ACTIVITY.contains(leaver.activity())) {
            out.add(ValidationMessage.error("132", "Data entry for activity after leaving care is invalid.", c.childId(),
                    "ACTIV", link));
        }
        Ssda903Episode last = c.episodes().isEmpty() ? null : c.episodes().get(c.episodes().size() - 1);
        boolean outcomeRecorded = leaver.inTouch() != null || leaver.activity() != null || leaver.accommodation() != null;
        if (last != null && "E3".equals(last.reasonCeased()) && outcomeRecorded) {
            out.add(ValidationMessage.error("1011", "This child is recorded as having his/her care transferred to another "
                    + "local authority for the final episode and therefore should not have the care leaver information "
                    + "completed.", c.childId(), "IN_TOUCH", link));
        }
    }

    private static void adoption(Ssda903Child c, ReturnPeriod period, List<ValidationMessage> out) {
        LookedAfterStatusRow s = c.status();
        if (s == null) {
            return;
        }
        String link = Ssda903LookedAfterRules.section(c.childId(), "status");
        if (c.adoptedInYear()) {
            if (s.adoptersNumber() != null && s.adoptersNumber() != 1 && s.adoptersNumber() != 2) {
                out.add(ValidationMessage.error("175", "The number of adopter(s) code is not a valid code.", c.childId(),
                        "NB_ADOPTR", link));
            }
            if (s.adoptersSex() != null && !ADOPTERS_SEX.contains(s.adoptersSex())) {
                out.add(ValidationMessage.error("176", "The gender of adopter(s) at the date of adoption code is not a "
                        + "valid code.", c.childId(), "SEX_ADOPTR", link));
            }
            if (s.adoptersLegalStatus() != null && !ADOPTERS_LEGAL_STATUS.contains(s.adoptersLegalStatus())) {
                out.add(ValidationMessage.error("177", "The legal status of adopter(s) code is not a valid code.",
                        c.childId(), "LS_ADOPTR", link));
            }
            if (s.adoptionMatchedOn() != null && s.adoptionDecidedOn() != null
                    && s.adoptionDecidedOn().isAfter(s.adoptionMatchedOn())) {
                out.add(ValidationMessage.error("333", "Date should be placed for adoption must be on or prior to the date "
                        + "of matching child with adopter(s).", c.childId(), "DATE_INT", link));
            }
        }
        if (c.adoptionDecisionIn(period)) {
            if ((s.adoptionStoppedOn() == null) != (s.adoptionStoppedReason() == null)) {
                out.add(ValidationMessage.error("119", "If the decision is made that a child should no longer be placed for "
                        + "adoption, then the date of this decision and the reason why this decision was made must be "
                        + "completed.", c.childId(), "REASON_PLACED_CEASED", link));
            }
            if (s.adoptionStoppedReason() != null && !ADOPTION_STOPPED.contains(s.adoptionStoppedReason())) {
                out.add(ValidationMessage.error("120", "The reason for the reversal of the decision that the child should be "
                        + "placed for adoption code is not valid.", c.childId(), "REASON_PLACED_CEASED", link));
            }
        }
    }

    private static void missing(Ssda903Child c, ReturnPeriod period, List<ValidationMessage> out) {
        String link = Ssda903LookedAfterRules.section(c.childId(), "missing");
        for (MissingEpisodeRow m : c.missing()) {
            // MIS_END as the table writes it: a return after 31 March is not yet a fact of the year.
            LocalDate end = m.end() == null || m.end().isAfter(period.end()) ? null : m.end();
            if (m.kind() == null || !MISSING_KINDS.contains(m.kind())) {
                out.add(ValidationMessage.error("1006", "Missing type invalid.", c.childId(), "MISSING", link));
            }
            if (end != null && m.start().isAfter(end)) {
                out.add(ValidationMessage.error("567", "The date that the missing episode or episode that the child was "
                        + "away from placement without authorisation ended is before the date that it started.",
                        c.childId(), "MIS_END", link));
            }
            if (m.start().isAfter(period.end())) {
                out.add(ValidationMessage.error("570", "The date that the child started to be missing or away from "
                        + "placement without authorisation is after the end of the collection year.", c.childId(),
                        "MIS_START", link));
            }
            if (end != null && end.isBefore(period.start())) {
                out.add(ValidationMessage.error("571", "The date that the child ceased to be missing or away from "
                        + "placement without authorisation is before the start or after the end of the collection year.",
                        c.childId(), "MIS_END", link));
            }
            if (c.dateOfBirth() != null && !m.start().isAfter(c.dateOfBirth())) {
                out.add(ValidationMessage.error("586", "Dates of missing periods are before child’s date of birth.",
                        c.childId(), "MIS_START", link));
            }
        }
    }
}
