package org.harbour.core.lookedafter.domain;

import org.harbour.core.spi.error.InvalidInputException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the practitioner's looked-after records must satisfy before they are saved, so the SSDA903
 * made from them is right at the source: known codes, dates in order, none in the future.
 */
public final class LookedAfterRules {

    public static final Set<String> MISSING_KINDS = Set.of("M", "A");
    /** SDQ_REASON: SDQ1 no form returned (under 4 or over 17), SDQ2 carer refused, SDQ3 not possible (disability), SDQ4 child refused, SDQ5 not completed for another reason. */
    public static final Set<String> SDQ_REASONS = Set.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");
    /** PREV_PERM: P1 adoption, P2 special guardianship, P3 child arrangements (residence) order, P4 unknown, Z1 none. */
    public static final Set<String> PREVIOUS_PERMANENCE = Set.of("P1", "P2", "P3", "P4", "Z1");
    /** REASON_PLACED_CEASED: RD1 plan changed, RD2 parent's circumstances, RD3 no match found, RD4 other. */
    public static final Set<String> ADOPTION_STOPPED = Set.of("RD1", "RD2", "RD3", "RD4");
    /** SEX_ADOPTR: one adopter M1/F1, a couple MM, FF or MF. */
    public static final Set<String> ADOPTERS_SEX = Set.of("M1", "F1", "MM", "FF", "MF");
    /** LS_ADOPTR: L0 single, L11/L12/L2 married couple, civil partners or unmarried couple, L3 foster carer, L4 relative. */
    public static final Set<String> ADOPTERS_LEGAL_STATUS = Set.of("L0", "L11", "L12", "L2", "L3", "L4");

    /** The CIN census's Disability codes: NONE, or the child's disabilities. */
    public static final List<String> DISABILITIES = List.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR",
            "VIS", "BEH", "CON", "AUT", "DDA");
    /** UPNunknown: why a child has no UPN, UN1 to UN7. */
    public static final List<String> UPN_UNKNOWN = List.of("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

    private LookedAfterRules() {
    }

    /**
     * The census characteristics: known disability codes, each once, NONE alone (census rules 8794,
     * 8790), and a reason for no UPN only for a child who has none.
     */
    public static void characteristics(List<String> disabilities, String upnUnknown, String upn) {
        for (String code : disabilities) {
            if (!DISABILITIES.contains(code)) {
                throw new InvalidInputException("disabilities", "Choose the disabilities from the list.");
            }
        }
        if (new HashSet<>(disabilities).size() != disabilities.size()) {
            throw new InvalidInputException("disabilities", "Choose each disability once.");
        }
        if (disabilities.contains("NONE") && disabilities.size() > 1) {
            throw new InvalidInputException("disabilities",
                    "Choose either \"No disability\" or the child's disabilities, not both.");
        }
        code("upnUnknown", upnUnknown, Set.copyOf(UPN_UNKNOWN), "Choose the reason from the list.");
        if (upnUnknown != null && upn != null && !upn.isBlank()) {
            throw new InvalidInputException("upnUnknown",
                    "The child has a UPN: give a reason only for a child whose UPN is not known.");
        }
    }

    public static void missing(String kind, LocalDate start, LocalDate end, boolean offered, boolean accepted,
                               LocalDate today) {
        if (kind == null || !MISSING_KINDS.contains(kind)) {
            throw new InvalidInputException("kind", "Choose whether the child was missing or away without authorisation.");
        }
        if (start == null) {
            throw new InvalidInputException("start", "Give the date the child went missing or away.");
        }
        notFuture("start", start, today, "The start cannot be in the future.");
        if (end != null && end.isBefore(start)) {
            throw new InvalidInputException("end", "The child cannot return before going missing: the end must be on or after the start.");
        }
        notFuture("end", end, today, "The return cannot be in the future.");
        if (accepted && !offered) {
            throw new InvalidInputException("interviewAccepted", "A return interview can only be accepted once offered.");
        }
    }

    public static void health(Integer sdqScore, String sdqReason, boolean substanceMisuse,
                              Boolean interventionReceived, Boolean interventionOffered) {
        if (sdqScore != null && (sdqScore < 0 || sdqScore > 40)) {
            throw new InvalidInputException("sdqScore", "An SDQ score is from 0 to 40.");
        }
        if (sdqScore != null && sdqReason != null) {
            throw new InvalidInputException("sdqReason", "Give a reason only when there is no SDQ score.");
        }
        code("sdqReason", sdqReason, SDQ_REASONS, "Choose a reason from the list.");
        if (!substanceMisuse && (interventionReceived != null || interventionOffered != null)) {
            throw new InvalidInputException("interventionReceived",
                    "Record an intervention only for a child with a substance misuse problem.");
        }
    }

    public static void status(LookedAfterStatus s, LocalDate dateOfBirth, LocalDate today) {
        if (s.getUascCeased() != null && s.getUascFrom() == null) {
            throw new InvalidInputException("uascFrom", "Give the date the child was first an unaccompanied asylum-seeking child.");
        }
        order("uascCeased", s.getUascFrom(), s.getUascCeased(), "UASC status cannot cease before it began.");
        if (!s.isMother() && s.getChildBornOn() != null) {
            throw new InvalidInputException("childBornOn", "Give her child's date of birth only for a mother.");
        }
        if (dateOfBirth != null && s.getChildBornOn() != null && !s.getChildBornOn().isAfter(dateOfBirth)) {
            throw new InvalidInputException("childBornOn", "Her child's birth must be after her own.");
        }
        code("previousPermanence", s.getPreviousPermanence(), PREVIOUS_PERMANENCE, "Choose the previous permanence from the list.");
        code("adoptionStoppedReason", s.getAdoptionStoppedReason(), ADOPTION_STOPPED, "Choose the reason from the list.");
        code("adoptersSex", s.getAdoptersSex(), ADOPTERS_SEX, "Choose the adopters' sex from the list.");
        code("adoptersLegalStatus", s.getAdoptersLegalStatus(), ADOPTERS_LEGAL_STATUS, "Choose the adopters' legal status from the list.");
        if (s.getAdoptersNumber() != null && (s.getAdoptersNumber() < 1 || s.getAdoptersNumber() > 2)) {
            throw new InvalidInputException("adoptersNumber", "A child is adopted by one or two adopters.");
        }
        order("adoptionMatchedOn", s.getAdoptionDecidedOn(), s.getAdoptionMatchedOn(),
                "The match cannot come before the decision that the child should be placed for adoption.");
        order("placedForAdoptionOn", s.getAdoptionMatchedOn(), s.getPlacedForAdoptionOn(),
                "The child cannot be placed before being matched.");
        order("adoptionStoppedOn", s.getAdoptionDecidedOn(), s.getAdoptionStoppedOn(),
                "The decision cannot be reversed before it was made.");
        if (s.getAdoptionStoppedOn() != null && s.getAdoptionStoppedReason() == null) {
            throw new InvalidInputException("adoptionStoppedReason", "Give the reason the child should no longer be placed for adoption.");
        }
        for (LocalDate d : new LocalDate[]{s.getUascFrom(), s.getUascCeased(), s.getChildBornOn(),
                s.getPreviousPermanenceDate(), s.getAdoptionDecidedOn(), s.getPlacementOrderOn(),
                s.getAdoptionMatchedOn(), s.getPlacedForAdoptionOn(), s.getAdoptionStoppedOn()}) {
            notFuture("uascFrom", d, today, "None of these dates can be in the future.");
        }
    }

    private static void code(String field, String value, Set<String> codes, String message) {
        if (value != null && !codes.contains(value)) {
            throw new InvalidInputException(field, message);
        }
    }

    private static void order(String field, LocalDate first, LocalDate then, String message) {
        if (first != null && then != null && then.isBefore(first)) {
            throw new InvalidInputException(field, message);
        }
    }

    private static void notFuture(String field, LocalDate day, LocalDate today, String message) {
        if (day != null && day.isAfter(today)) {
            throw new InvalidInputException(field, message);
        }
    }
}
