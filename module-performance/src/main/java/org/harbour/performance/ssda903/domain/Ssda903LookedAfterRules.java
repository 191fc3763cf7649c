package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.MissingEpisodeRow;
import org.harbour.core.spi.casedata.WorkerEpisodeRow;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The checks of the tables made from the practitioner's looked-after records (Reviews' REVIEW_CODE,
 * Header's MOTHER and MC_DOB, Missing, AD1, PlacedAdoption, OC2, PrevPerm, SWEpisodes' SW_REASON). Errors carry the DfE's
 * rule code and message; queries ({@code HB-903-...}) are Harbour's own, raised where a table would
 * go to the DfE with a field empty because nothing was recorded. Every finding links to the page
 * where it is put right: the review, or the child's looked-after page at its section.
 */
public final class Ssda903LookedAfterRules {

    private static final Set<String> ADOPTED = Set.of("E11", "E12");
    private static final Set<String> ONE_ADOPTER = Set.of("M1", "F1");

    private Ssda903LookedAfterRules() {
    }

    static void check(Ssda903Child c, ReturnPeriod period, List<ValidationMessage> out) {
        reviews(c, out);
        mother(c, out);
        missing(c, out);
        adoption(c, out);
        completeness(c, out);
        workerChanges(c, period, out);
        Ssda903OutcomeRules.check(c, out);
    }

    /** A worker handed the case on in the year (another took it) without the reason: SW_REASON would go empty. */
    private static void workerChanges(Ssda903Child c, ReturnPeriod period, List<ValidationMessage> out) {
        for (WorkerEpisodeRow w : c.workers()) {
            boolean changedInYear = w.end() != null && period.contains(w.end()) && c.workers().stream()
                    .anyMatch(next -> next.caseFileId() == w.caseFileId() && next.allocationId() != w.allocationId()
                            && !next.start().isBefore(w.end()));
            if (changedInYear && w.changeReason() == null) {
                out.add(ValidationMessage.warning("HB-903-SW_REASON", "The child's social worker changed in the year "
                        + "but why is not recorded.", c.childId(), "SW_REASON", section(c.childId(), "workers")));
            }
        }
    }

    private static void reviews(Ssda903Child c, List<ValidationMessage> out) {
        for (Ssda903Review r : c.reviews()) {
            String link = reviewLink(c.childId(), r.reviewId());
            if (r.participationCode() == null) {
                out.add(ValidationMessage.warning("HB-903-REVIEW_CODE",
                        "How the child took part in this looked-after review is not recorded.", c.childId(),
                        "REVIEW_CODE", link));
                continue;
            }
            if (c.dateOfBirth() == null) {
                continue;
            }
            boolean fourOrOlder = Period.between(c.dateOfBirth(), r.held()).getYears() >= 4;
            if ("PN0".equals(r.participationCode()) && fourOrOlder) {
                out.add(ValidationMessage.error("440", "Participation method indicates child was under 4 years old at "
                        + "the time of the review, but date of birth and review date indicates the child was 4 years "
                        + "old or over.", c.childId(), "REVIEW_CODE", link));
            } else if (!"PN0".equals(r.participationCode()) && !fourOrOlder) {
                out.add(ValidationMessage.error("441", "Participation method indicates child was 4 years old or over at "
                        + "the time of the review, but the date of birth and review date indicates the child was under "
                        + "4 years old.", c.childId(), "REVIEW_CODE", link));
            }
        }
    }

    private static void mother(Ssda903Child c, List<ValidationMessage> out) {
        LookedAfterStatusRow s = c.status();
        if (s != null && s.mother() && s.childBornOn() != null && c.dateOfBirth() != null
                && !s.childBornOn().isAfter(c.dateOfBirth())) {
            out.add(ValidationMessage.error("621", "Mother's field has been completed but date of birth shows that the "
                    + "mother is younger than her child.", c.childId(), "MC_DOB", section(c.childId(), "status")));
        }
    }

    private static void missing(Ssda903Child c, List<ValidationMessage> out) {
        List<MissingEpisodeRow> sorted = c.missing().stream()
                .sorted(Comparator.comparing(MissingEpisodeRow::start).thenComparing(MissingEpisodeRow::id)).toList();
        String link = section(c.childId(), "missing");
        for (int i = 1; i < sorted.size(); i++) {
            MissingEpisodeRow before = sorted.get(i - 1);
            MissingEpisodeRow next = sorted.get(i);
            if (before.end() == null || next.start().isBefore(before.end())) {
                out.add(ValidationMessage.error("574", "A new missing/away from placement without authorisation "
                        + "period cannot start when the previous missing/away from placement without authorisation "
                        + "period is still open. Missing/away from placement without authorisation periods should "
                        + "also not overlap.", c.childId(), "MIS_START", link));
            }
        }
        for (MissingEpisodeRow m : sorted) {
            if (m.end() == null) {
                out.add(ValidationMessage.warning("HB-903-MIS_END", "The child is recorded as still missing or away: "
                        + "record the day they came back, if they did.", c.childId(), "MIS_END", link));
            }
        }
    }

    private static void adoption(Ssda903Child c, List<ValidationMessage> out) {
        LookedAfterStatusRow s = c.status();
        if (s == null) {
            return;
        }
        String link = section(c.childId(), "status");
        if (c.adoptedInYear() && s.adoptersNumber() != null && s.adoptersNumber() == 2
                && s.adoptersSex() != null && ONE_ADOPTER.contains(s.adoptersSex())) {
            out.add(ValidationMessage.error("511", "If reporting that the number of person(s) adopting the looked after "
                    + "child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are "
                    + "both males; FF = the adopting couple are both females; MF = The adopting couple are male and "
                    + "female.", c.childId(), "SEX_ADOPTR", link));
        }
        Ssda903Episode last = c.episodes().isEmpty() ? null : c.episodes().get(c.episodes().size() - 1);
        boolean leftNotAdopted = last != null && last.reasonCeased() != null && !ADOPTED.contains(last.reasonCeased());
        if (s.adoptionDecidedOn() != null && leftNotAdopted && s.adoptionStoppedOn() == null) {
            out.add(ValidationMessage.error("557", "Child for whom the decision was made that they should be placed "
                    + "for adoption has left care but was not adopted and information on the decision that they "
                    + "should no longer be placed for adoption items has not been completed.", c.childId(),
                    "DATE_PLACED_CEASED", link));
        }
    }

    private static void completeness(Ssda903Child c, List<ValidationMessage> out) {
        LookedAfterStatusRow s = c.status();
        if (c.inOc2() && c.health() == null) {
            out.add(ValidationMessage.warning("HB-903-OC2", "The child has been looked after for twelve months on "
                    + "31 March but the year's health checks, immunisations and SDQ are not recorded.", c.childId(),
                    "HEALTH_CHECK", section(c.childId(), "health")));
        }
        if (c.startedInYear() && (s == null || s.previousPermanence() == null)) {
            out.add(ValidationMessage.warning("HB-903-PREV_PERM", "The child started to be looked after in the year "
                    + "but whether they left a previous permanence arrangement is not recorded.", c.childId(),
                    "PREV_PERM", section(c.childId(), "status")));
        }
        if (c.adoptedInYear() && (s == null || s.adoptionDecidedOn() == null || s.adoptionMatchedOn() == null)) {
            out.add(ValidationMessage.warning("HB-903-AD1", "The child was adopted in the year but the decision that "
                    + "they should be placed for adoption or the match with the adopters is not recorded.",
                    c.childId(), "DATE_INT", section(c.childId(), "status")));
        }
    }

    /** The child's looked-after page, at the section that holds the field. */
    static String section(long childId, String section) {
        return "/case/looked-after.xhtml?person=" + childId + "&section=" + section;
    }

    /** The review's own page, where its participation is recorded. */
    static String reviewLink(long childId, long reviewId) {
        return "/case/activity.xhtml?person=" + childId + "&id=" + reviewId;
    }
}
