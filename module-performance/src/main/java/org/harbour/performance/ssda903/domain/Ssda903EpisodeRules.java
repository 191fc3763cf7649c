package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The DfE's SSDA903 rules on the Header (date of birth, UPN, motherhood) and on the Episodes table
 * (dates, overlaps, the RNE / LS / PLACE / PLACE_PROVIDER / REC combinations, ages for a placement,
 * the length of temporary placements, postcodes), each with the DfE's rule code and message word for
 * word. Header findings link to the person's page (identifiers) or the looked-after page (motherhood);
 * episode findings to the episode's own page.
 */
final class Ssda903EpisodeRules {

    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    private static final Set<String> ADOPTED = Set.of("E11", "E12");
    private static final Set<String> PROVIDERS = Set.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");
    private static final Set<String> PLACE_CHANGE_REASONS = Set.of("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR",
            "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER");
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    private static final Set<String> NO_URN = Set.of("H5", "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2",
            "T3", "T4", "Z1");
    private static final Set<String> NOT_WITH_PR1_PR2 = Set.of("P1", "R2", "R5");
    /** A UPN as the 903 takes it: a letter (not I, O or S), then 12 digits or 11 digits and a letter; or UN1-UN5. */
    private static final Pattern UPN = Pattern.compile("^([A-HJ-NP-RT-Z](\\d{12}|\\d{11}[A-Z]))$|^UN[1-5]$");
    /** A postcode, whole or cut to its sector as the Episodes table carries it (e.g. "HB1 2"). */
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d([A-Z]{2})?$");

    /** Rules 370-374: the youngest age for a placement type. */
    private static final Map<String, Rule> MINIMUM_AGE = Map.of(
            "P2", new Rule("370", "Child in independent living should be at least 15.", 15),
            "H5", new Rule("371", "Child in semi-independent living accommodation not subject to children’s homes "
                    + "regulations should be at least 14.", 14),
            "R5", new Rule("372", "Child in youth custody or prison should be at least 10.", 10),
            "S1", new Rule("373", "Child placed in a school should be at least 4 years old.", 4),
            "P3", new Rule("374", "Child in residential employment should be at least 14 years old.", 14));
    /** Rules 375, 376 and 379: the longest a temporary placement may last, in days. */
    private static final Map<String, Rule> LONGEST_TEMPORARY = Map.of(
            "T1", new Rule("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", 42),
            "T3", new Rule("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot "
                    + "exceed three weeks.", 21),
            "T4", new Rule("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed "
                    + "seven days.", 7));

    private record Rule(String code, String message, int limit) {
    }

    private Ssda903EpisodeRules() {
    }

    static void check(Ssda903Child c, ReturnPeriod period, List<ValidationMessage> out) {
        header(c, period, out);
        List<Ssda903Episode> episodes = c.episodes();
        for (int i = 0; i < episodes.size(); i++) {
            Ssda903Episode e = episodes.get(i);
            Ssda903Episode next = i + 1 < episodes.size() ? episodes.get(i + 1) : null;
            Ssda903Episode before = i > 0 ? episodes.get(i - 1) : null;
            dates(c, e, before, next, out);
            combinations(c, e, out);
            ages(c, e, out);
        }
    }

    private static void header(Ssda903Child c, ReturnPeriod period, List<ValidationMessage> out) {
        String person = Ssda903Rules.personLink(c.childId());
        if (c.dateOfBirth() == null) {
            out.add(ValidationMessage.error("102", "Date of birth is not a valid date.", c.childId(), "DOB", person));
        }
        if (c.upn() != null && !c.upn().isBlank() && !UPN.matcher(c.upn()).matches()) {
            out.add(ValidationMessage.error("168", "Unique Pupil Number (UPN) is not valid. If unknown, default codes "
                    + "should be UN1, UN2, UN3, UN4 or UN5.", c.childId(), "UPN", person));
        }
        LookedAfterStatusRow s = c.status();
        if (s == null || !s.mother()) {
            return;
        }
        String status = Ssda903LookedAfterRules.section(c.childId(), "status");
        if (s.childBornOn() == null) {
            out.add(ValidationMessage.error("611", "Date of birth field is blank, but child is a mother.", c.childId(),
                    "MC_DOB", status));
        }
        if (s.childBornOn() != null && ("M".equals(c.sex()) || "1".equals(c.sex()))) {
            out.add(ValidationMessage.error("174", "Mother's child date of birth is recorded but gender shows that the "
                    + "child is a male.", c.childId(), "MC_DOB", person));
        }
        if (c.dateOfBirth() != null && c.dateOfBirth().plusYears(11).isAfter(period.start())) {
            out.add(ValidationMessage.error("620", "Child has been recorded as a mother, but date of birth shows that "
                    + "the mother is under 11 years of age.", c.childId(), "MOTHER", status));
        }
    }

    private static void dates(Ssda903Child c, Ssda903Episode e, Ssda903Episode before, Ssda903Episode next,
                              List<ValidationMessage> out) {
        String link = Ssda903Rules.episodeLink(c.childId(), e.episodeId());
        if (e.end() != null && e.end().isBefore(e.start())) {
            add(out, "356", "The date the episode ceased is before the date the same episode started.", c, "DEC", link);
        }
        if ((e.end() == null) != (e.reasonCeased() == null)) {
            add(out, "148", "Date episode ceased and reason episode ceased must both be coded, or both left blank.",
                    c, "REC", link);
        }
        if (next != null && (e.end() == null || e.reasonCeased() == null)) {
            add(out, "142", "A new episode has started, but the previous episode has not ended.", c, "DEC", link);
        }
        if (before != null && before.end() != null && e.start().isBefore(before.end())) {
            add(out, "501", "A new episode has started before the end date of the previous episode.", c, "DECOM", link);
        }
        if (before != null && "S".equals(e.reasonNewEpisode()) && before.end() != null
                && !e.start().isAfter(before.end())) {
            add(out, "431", "The reason for new episode is started to be looked after, but the previous episode ended "
                    + "on the same day.", c, "RNE", link);
        }
        boolean continues = next != null && e.end() != null && e.end().equals(next.start());
        if (e.end() != null && e.reasonCeased() != null && "X1".equals(e.reasonCeased()) != continues) {
            add(out, "388", "Reason episode ceased is coded new episode begins, but there is no continuation episode.",
                    c, "REC", link);
        }
        Rule longest = e.placement() == null ? null : LONGEST_TEMPORARY.get(e.placement());
        if (longest != null && e.end() != null && ChronoUnit.DAYS.between(e.start(), e.end()) > longest.limit()) {
            add(out, longest.code(), longest.message(), c, "DEC", link);
        }
    }

    private static void combinations(Ssda903Child c, Ssda903Episode e, List<ValidationMessage> out) {
        String link = Ssda903Rules.episodeLink(c.childId(), e.episodeId());
        String place = e.placement();
        String provider = e.provider();
        boolean noProviderPlacement = place != null && (in(TEMPORARY, place) || place.startsWith("Z1"));
        if (provider != null && (!in(PROVIDERS, provider) || noProviderPlacement)) {
            add(out, "178", "Placement provider code is not a valid code.", c, "PLACE_PROVIDER", link);
        }
        if (provider != null && noProviderPlacement) {
            add(out, "213", "Placement provider information not required.", c, "PLACE_PROVIDER", link);
        }
        if ("PR1".equals(provider) && in(NOT_WITH_PR1_PR2, place)) {
            add(out, "527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.",
                    c, "PLACE_PROVIDER", link);
        }
        if ("PR2".equals(provider) && in(NOT_WITH_PR1_PR2, place)) {
            add(out, "528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.",
                    c, "PLACE_PROVIDER", link);
        }
        if ("PR4".equals(provider) && "P1".equals(place)) {
            add(out, "530", "A placement provider code of PR4 cannot be associated with placement P1.", c,
                    "PLACE_PROVIDER", link);
        }
        if ("PR5".equals(provider) && "P1".equals(place)) {
            add(out, "531", "A placement provider code of PR5 cannot be associated with placements P1.", c,
                    "PLACE_PROVIDER", link);
        }
        if (e.reasonPlaceChange() != null && !in(PLACE_CHANGE_REASONS, e.reasonPlaceChange())) {
            add(out, "1009", "Reason for placement change is not a valid code.", c, "REASON_PLACE_CHANGE", link);
        }
        if (in(SHORT_BREAKS, e.legalStatus()) && (e.placementPostcode() != null || e.urn() != null)) {
            add(out, "214", "Placement location information not required.", c, "PL_POST", link);
        }
        // XXXXXXX is the DfE's value for a placement no Ofsted register holds, not a URN.
        if (place != null && in(NO_URN, place) && e.urn() != null && !Ssda903Assembly.NO_URN.equals(e.urn())) {
            add(out, "222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
                    c, "URN", link);
        }
        if ("V3".equals(e.legalStatus()) && !"S".equals(e.reasonNewEpisode())) {
            add(out, "366", "A child cannot change placement during the course of an individual short-term respite "
                    + "break.", c, "RNE", link);
        }
        if (in(TEMPORARY, place) && !"P".equals(e.reasonNewEpisode()) && !"B".equals(e.reasonNewEpisode())) {
            add(out, "380", "A period of care cannot start with a temporary placement.", c, "PLACE", link);
        }
        if (in(TEMPORARY, place) && e.reasonCeased() != null && !"X1".equals(e.reasonCeased())) {
            add(out, "381", "A period of care cannot end with a temporary placement.", c, "REC", link);
        }
        if (("A5".equals(place) || "A6".equals(place)) && !"E1".equals(e.legalStatus())) {
            add(out, "408", "Child is placed for adoption with a placement order, but no placement order has been "
                    + "recorded.", c, "LS", link);
        }
        if (!validPostcode(e.homePostcode()) || !validPostcode(e.placementPostcode())) {
            add(out, "392c", "Postcode(s) provided are invalid.", c, "HOME_POST", link);
        }
    }

    private static void ages(Ssda903Child c, Ssda903Episode e, List<ValidationMessage> out) {
        if (c.dateOfBirth() == null) {
            return;
        }
        String link = Ssda903Rules.episodeLink(c.childId(), e.episodeId());
        Rule youngest = e.placement() == null ? null : MINIMUM_AGE.get(e.placement());
        if (youngest != null && e.start().isBefore(c.dateOfBirth().plusYears(youngest.limit()))) {
            add(out, youngest.code(), youngest.message(), c, "PLACE", link);
        }
        if (e.end() != null && in(ADOPTED, e.reasonCeased()) && !e.end().isBefore(c.dateOfBirth().plusYears(18))) {
            add(out, "386", "Reason episode ceased is adopted but child has reached age 18.", c, "REC", link);
        }
    }

    /** Whether the value is one of the codes; an empty value is none of them (Set.of refuses null). */
    private static boolean in(Set<String> codes, String value) {
        return value != null && codes.contains(value);
    }

    private static boolean validPostcode(String postcode) {
        return postcode == null || postcode.isBlank() || POSTCODE.matcher(postcode.strip().toUpperCase()).matches();
    }

    private static void add(List<ValidationMessage> out, String code, String message, Ssda903Child c, String field,
                            String link) {
        out.add(ValidationMessage.error(code, message, c.childId(), field, link));
    }
}
