package org.harbour.core.involvement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules an involvement and a placement episode must keep before they are saved: dates in
 * order and not in the future, the codes each kind needs taken from their code lists, an
 * assessment tied to a referral of the same child, episodes inside their period and never
 * overlapping. Each broken rule names its field so the page or the API can show it there.
 */
public final class InvolvementRules {

    /** Placed for adoption with the current foster carer(s), with consent (A5) or under a placement order (A6). */
    private static final Set<String> PLACED_WITH_CURRENT_FOSTER_CARER = Set.of("A5", "A6");

    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}");
    /**
     * PL_LA as the DfE writes it: an authority's three-digit code, or WAL, SCO, NIR, NUK for Wales,
     * Scotland, Northern Ireland and outside the UK. Which three-digit codes exist is the return's
     * check (rule 169), against the DfE's list of the year.
     */
    private static final Pattern LOCAL_AUTHORITY = Pattern.compile("[0-9]{3}|WAL|SCO|NIR|NUK");
    /** PL_DISTANCE: miles, 0.0 to 999.9. */
    private static final BigDecimal FURTHEST = new BigDecimal("999.9");

    private InvolvementRules() {
    }

    /**
     * @param referral the referral the involvement names (already checked to be the same child's), or null
     */
    public static List<RuleViolation> check(Involvement inv, Involvement referral, LocalDate today) {
        List<RuleViolation> errors = new ArrayList<>();
        InvolvementKind kind = inv.getKind();
        dates(errors, inv.getStartDate(), inv.getEndDate(), today, kind.hasEnd());
        if (!kind.hasEnd() && inv.getEndDate() != null) {
            errors.add(new RuleViolation("endDate", "A " + kind.getLabel().toLowerCase() + " has no end date."));
        }
        if (kind.needsReferral() && inv.getReferralId() == null) {
            errors.add(new RuleViolation("referralId", "Choose the referral this " + kind.getLabel().toLowerCase()
                    + " belongs to."));
        }
        if (inv.getReferralId() != null) {
            if (!kind.mayHaveReferral()) {
                errors.add(new RuleViolation("referralId", "A " + kind.getLabel().toLowerCase()
                        + " does not belong to a referral."));
            } else if (referral == null || referral.getKind() != InvolvementKind.REFERRAL
                    || referral.getPersonId() != inv.getPersonId()) {
                errors.add(new RuleViolation("referralId", "This child has no such referral."));
            } else if (referral.isNfa()) {
                errors.add(new RuleViolation("referralId", "That referral ended in no further action (NFA), so no "
                        + kind.getLabel().toLowerCase() + " follows it: choose another referral, or untick NFA on the"
                        + " referral first."));
            } else if (inv.getStartDate() != null && inv.getStartDate().isBefore(referral.getStartDate())) {
                errors.add(new RuleViolation("startDate", "Cannot start before the referral it belongs to ("
                        + referral.getStartDate() + ")."));
            }
        }
        switch (kind) {
            case CONTACT -> required(errors, "sourceCode", inv.getSourceCode(), DfeCodes.CONTACT_SOURCE);
            case REFERRAL -> referral(errors, inv);
            case ASSESSMENT -> assessment(errors, inv, today);
            case SECTION_47 -> section47(errors, inv, today);
            case CP_PLAN -> {
                required(errors, "categoryCode", inv.getCategoryCode(), DfeCodes.ABUSE_CATEGORY);
                optional(errors, "latestCategoryCode", inv.getLatestCategoryCode(), DfeCodes.ABUSE_CATEGORY);
            }
            case CARE_LEAVER -> {
                required(errors, "leaverStatus", inv.getLeaverStatus(), DfeCodes.CARE_LEAVER_STATUS);
                optional(errors, "inTouch", inv.getInTouch(), DfeCodes.IN_TOUCH);
                optional(errors, "activityCode", inv.getActivityCode(), DfeCodes.ACTIVITY);
                optional(errors, "accommodationCode", inv.getAccommodationCode(), DfeCodes.ACCOMMODATION);
            }
            case EARLY_HELP -> required(errors, "leadAgency", inv.getLeadAgency(), DfeCodes.EARLY_HELP_LEAD_AGENCY);
            case LOOKED_AFTER -> optional(errors, "primaryNeed", inv.getPrimaryNeed(), DfeCodes.CATEGORY_OF_NEED);
            default -> {
                // CIN plans and strategy discussions carry dates only.
            }
        }
        return errors;
    }

    private static void referral(List<RuleViolation> errors, Involvement inv) {
        required(errors, "sourceCode", inv.getSourceCode(), DfeCodes.REFERRAL_SOURCE);
        optional(errors, "primaryNeed", inv.getPrimaryNeed(), DfeCodes.PRIMARY_NEED);
        optional(errors, "closureReason", inv.getClosureReason(), DfeCodes.CLOSURE_REASON);
        if (inv.getEndDate() != null && blank(inv.getClosureReason())) {
            errors.add(new RuleViolation("closureReason", "Give the reason for closure when the referral closes."));
        }
        if (inv.getEndDate() == null && !blank(inv.getClosureReason())) {
            errors.add(new RuleViolation("endDate", "Give the closure date for the reason given."));
        }
    }

    /**
     * A referral marked no further action (ReferralNFA) cannot have a next step: refused when an
     * assessment, strategy discussion, enquiry or plan already belongs to it, since the census would
     * then report both.
     *
     * @param all the child's involvements
     */
    public static List<RuleViolation> checkNoFurtherAction(Involvement referral, List<Involvement> all) {
        if (referral.getKind() != InvolvementKind.REFERRAL || !referral.isNfa() || referral.getId() == null) {
            return List.of();
        }
        return all.stream().filter(i -> referral.getId().equals(i.getReferralId()) && i.getKind().mayHaveReferral())
                .min(Comparator.comparing(Involvement::getStartDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(next -> List.of(new RuleViolation("nfa", "No further action contradicts the "
                        + next.getKind().getLabel().toLowerCase() + " of " + next.getStartDate()
                        + " that follows this referral: untick NFA, or record the next step against another referral.")))
                .orElse(List.of());
    }

    private static void assessment(List<RuleViolation> errors, Involvement inv, LocalDate today) {
        LocalDate done = inv.getCompletedOn();
        if (done != null) {
            if (inv.getStartDate() != null && done.isBefore(inv.getStartDate())) {
                errors.add(new RuleViolation("completedOn", "Cannot be authorised before it started."));
            }
            if (done.isAfter(today)) {
                errors.add(new RuleViolation("completedOn", "Cannot be in the future."));
            }
        }
        for (String factor : codes(inv.getFactors())) {
            if (!DfeCodes.ASSESSMENT_FACTOR.contains(factor)) {
                errors.add(new RuleViolation("factors", "'" + factor + "' is not a factor code of the "
                        + DfeCodes.ASSESSMENT_FACTOR.getSource() + "."));
            }
        }
    }

    private static void section47(List<RuleViolation> errors, Involvement inv, LocalDate today) {
        optional(errors, "outcomeCode", inv.getOutcomeCode(), DfeCodes.S47_OUTCOME);
        LocalDate icpc = inv.getIcpcDate();
        if (icpc != null && inv.getStartDate() != null && icpc.isBefore(inv.getStartDate())) {
            errors.add(new RuleViolation("icpcDate", "The conference cannot be before the enquiry started."));
        }
        if (icpc != null && !"ICPC".equals(inv.getOutcomeCode())) {
            errors.add(new RuleViolation("outcomeCode", "A conference date needs the outcome ICPC."));
        }
        if (icpc != null && icpc.isAfter(today.plusYears(1))) {
            errors.add(new RuleViolation("icpcDate", "Is more than a year away."));
        }
    }

    /**
     * @param period   the looked-after period the episode belongs to
     * @param siblings the period's other episodes (the episode itself excluded)
     */
    public static List<RuleViolation> checkEpisode(PlacementEpisode episode, Involvement period,
                                                   List<PlacementEpisode> siblings, LocalDate today) {
        List<RuleViolation> errors = new ArrayList<>();
        if (period == null || period.getKind() != InvolvementKind.LOOKED_AFTER
                || period.getPersonId() != episode.getPersonId()) {
            errors.add(new RuleViolation("periodId", "This child has no such looked-after period."));
            return errors;
        }
        dates(errors, episode.getStartDate(), episode.getEndDate(), today, true);
        LocalDate start = episode.getStartDate();
        LocalDate end = episode.getEndDate();
        if (start != null && start.isBefore(period.getStartDate())) {
            errors.add(new RuleViolation("startDate", "Cannot start before the looked-after period ("
                    + period.getStartDate() + ")."));
        }
        if (period.getEndDate() != null) {
            if (start != null && start.isAfter(period.getEndDate())) {
                errors.add(new RuleViolation("startDate", "Cannot start after the looked-after period ended ("
                        + period.getEndDate() + ")."));
            }
            if (end == null || end.isAfter(period.getEndDate())) {
                errors.add(new RuleViolation("endDate", "Must end by the end of the looked-after period ("
                        + period.getEndDate() + ")."));
            }
        }
        required(errors, "legalStatus", episode.getLegalStatus(), DfeCodes.LEGAL_STATUS);
        required(errors, "placementType", episode.getPlacementType(), DfeCodes.PLACEMENT_TYPE);
        required(errors, "placementProvider", episode.getPlacementProvider(), DfeCodes.PLACEMENT_PROVIDER);
        required(errors, "reasonNewEpisode", episode.getReasonNewEpisode(), DfeCodes.REASON_NEW_EPISODE);
        optional(errors, "reasonCeased", episode.getReasonCeased(), DfeCodes.REASON_EPISODE_CEASED);
        optional(errors, "reasonPlaceChange", episode.getReasonPlaceChange(), DfeCodes.REASON_PLACE_CHANGE);
        if (end != null && blank(episode.getReasonCeased())) {
            errors.add(new RuleViolation("reasonCeased", "Give the reason the episode ceased."));
        }
        if (!blank(episode.getPlacementPostcode())
                && !POSTCODE.matcher(episode.getPlacementPostcode().trim().toUpperCase()).matches()) {
            errors.add(new RuleViolation("placementPostcode", "Not a UK postcode, e.g. HB1 2AB."));
        }
        placementLocation(errors, episode);
        if (start != null) {
            boolean first = siblings.stream().noneMatch(s -> s.getStartDate().isBefore(start));
            if (first && !blank(episode.getReasonNewEpisode()) && !"S".equals(episode.getReasonNewEpisode())) {
                errors.add(new RuleViolation("reasonNewEpisode",
                        "The first episode of a period has reason S (started to be looked after)."));
            }
            if (!first && "S".equals(episode.getReasonNewEpisode())) {
                errors.add(new RuleViolation("reasonNewEpisode",
                        "Only the first episode of a period has reason S; choose the change that started this one."));
            }
            if (!first) {
                siblings.stream().filter(s -> s.getStartDate().isBefore(start))
                        .max(Comparator.comparing(PlacementEpisode::getStartDate))
                        .ifPresent(previous -> changeAgrees(errors, episode, previous));
            }
            siblings.stream().filter(s -> s.overlaps(start, end)).findFirst().ifPresent(s ->
                    errors.add(new RuleViolation("startDate", "Overlaps the episode from " + s.getStartDate()
                            + (s.getEndDate() == null ? " (still open)" : " to " + s.getEndDate())
                            + "; end that episode first.")));
        }
        return errors;
    }

    /** Where the placement is (PL_LA, PL_LOCATION, PL_DISTANCE): each optional, each of the DfE's form. */
    private static void placementLocation(List<RuleViolation> errors, PlacementEpisode episode) {
        String la = episode.getPlacementLocalAuthority();
        if (!blank(la) && !LOCAL_AUTHORITY.matcher(la).matches()) {
            errors.add(new RuleViolation("placementLocalAuthority", "Enter the DfE's three-digit code of the local "
                    + "authority the placement is in, e.g. 316, or WAL, SCO, NIR or NUK for a placement in Wales, "
                    + "Scotland, Northern Ireland or outside the UK."));
        }
        String location = episode.getPlacementLocation();
        if (!blank(location) && !DfeCodes.PLACEMENT_LOCATION.contains(location)) {
            errors.add(new RuleViolation("placementLocation", "Choose inside or outside the authority."));
        }
        BigDecimal distance = episode.getPlacementDistance();
        if (distance != null) {
            if (distance.signum() < 0 || distance.compareTo(FURTHEST) > 0) {
                errors.add(new RuleViolation("placementDistance", "Enter the distance in miles from 0.0 to 999.9."));
            } else if (distance.stripTrailingZeros().scale() > 1) {
                errors.add(new RuleViolation("placementDistance", "Give the distance to one decimal place, e.g. 12.5."));
            }
        }
    }

    /**
     * The reason for a new episode says what changed from the episode before it (SSDA903 RNE): a
     * reason that contradicts the codes themselves is refused, since the return and the placement
     * measures read the change from it. A5/A6 are placements for adoption with the current foster
     * carer, so they follow foster care with the same carer (T or U), never a new carer.
     */
    private static void changeAgrees(List<RuleViolation> errors, PlacementEpisode episode, PlacementEpisode previous) {
        String reason = episode.getReasonNewEpisode();
        if (blank(reason) || blank(episode.getLegalStatus()) || blank(previous.getLegalStatus())) {
            return;
        }
        boolean legalChanged = !episode.getLegalStatus().equals(previous.getLegalStatus());
        boolean placementChanged = !Objects.equals(episode.getPlacementType(), previous.getPlacementType())
                || !Objects.equals(episode.getPlacementProvider(), previous.getPlacementProvider());
        switch (reason) {
            case "L" -> {
                if (!legalChanged) {
                    errors.add(new RuleViolation("legalStatus", "Reason L is a change of legal status, but the "
                            + "legal status is the same as the episode before (" + previous.getLegalStatus() + ")."));
                }
                if (placementChanged) {
                    errors.add(new RuleViolation("reasonNewEpisode", "Reason L is a change of legal status only, "
                            + "but the placement changed: choose B or U."));
                }
            }
            case "P", "T" -> {
                if (legalChanged) {
                    errors.add(new RuleViolation("reasonNewEpisode", "Reason " + reason + " keeps the legal status, "
                            + "but it changed from " + previous.getLegalStatus() + ": choose B or U."));
                }
            }
            case "B", "U" -> {
                if (!legalChanged) {
                    errors.add(new RuleViolation("reasonNewEpisode", "Reason " + reason + " is a change of legal "
                            + "status, but it is the same as the episode before: choose P or T."));
                }
            }
            default -> {
            }
        }
        if (PLACED_WITH_CURRENT_FOSTER_CARER.contains(episode.getPlacementType())) {
            if ("P".equals(reason) || "B".equals(reason)) {
                errors.add(new RuleViolation("reasonNewEpisode", "Placement " + episode.getPlacementType()
                        + " is with the current foster carer, so the carer did not change: choose T or U."));
            } else if (("T".equals(reason) || "U".equals(reason)) && (previous.getPlacementType() == null
                    || !previous.getPlacementType().matches("U[1-6]"))) {
                errors.add(new RuleViolation("placementType", "Placement " + episode.getPlacementType()
                        + " is with the current foster carer, but the episode before was not foster care (U1-U6)."));
            }
        }
    }

    private static void dates(List<RuleViolation> errors, LocalDate start, LocalDate end, LocalDate today,
                              boolean hasEnd) {
        if (start == null) {
            errors.add(new RuleViolation("startDate", "Enter the date."));
        } else if (start.isAfter(today)) {
            errors.add(new RuleViolation("startDate", "Cannot be in the future."));
        }
        if (hasEnd && end != null) {
            if (start != null && end.isBefore(start)) {
                errors.add(new RuleViolation("endDate", "Cannot be before the start date."));
            }
            if (end.isAfter(today)) {
                errors.add(new RuleViolation("endDate", "Cannot be in the future."));
            }
        }
    }

    private static void required(List<RuleViolation> errors, String field, String code, CodeList list) {
        if (blank(code)) {
            errors.add(new RuleViolation(field, "Choose a code from " + list.getName() + "."));
        } else {
            optional(errors, field, code, list);
        }
    }

    private static void optional(List<RuleViolation> errors, String field, String code, CodeList list) {
        if (!blank(code) && !list.contains(code)) {
            errors.add(new RuleViolation(field, "'" + code + "' is not a code of " + list.getName() + " ("
                    + list.getSource() + ")."));
        }
    }

    /** Factor codes as stored: separated by spaces or commas. */
    public static List<String> codes(String list) {
        if (blank(list)) {
            return List.of();
        }
        return Arrays.stream(list.trim().split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
