package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The DfE's SSDA903 rules that compare this year's return with last year's (source: the DfE's
 * "SSDA903 validation rules" for the collection year): the Header against last year's (202 sex,
 * 203 date of birth, 204 ethnicity, 207 mother, 208 UPN), the UASC table against last year's (205A,
 * 205B, 205D), and the first episode of the year against the episode left open on last year's
 * 31 March (502 its start, 503A-503F its RNE, LS, CIN, PLACE, PLACE_PROVIDER and URN; 562 an
 * episode begun before the year that last year's return does not end with). Each message says
 * which return it was compared with; each links to the page where the field is recorded.
 */
public final class Ssda903PreviousYearRules {

    /** The Episodes fields 503A to 503F compare, with the DfE's message for each. */
    private static final Map<String, String[]> OPEN_EPISODE_FIELDS = Map.of(
            "RNE", new String[]{"503A", "The reason for new episode in the first episode does not match open episode "
                    + "at end of last year."},
            "LS", new String[]{"503B", "The legal status in the first episode does not match open episode at end of "
                    + "last year."},
            "CIN", new String[]{"503C", "The category of need in the first episode does not match open episode at end "
                    + "of last year."},
            "PLACE", new String[]{"503D", "The placement type in the first episode does not match open episode at end "
                    + "of last year"},
            "PLACE_PROVIDER", new String[]{"503E", "The placement provider in the first episode does not match open "
                    + "episode at end of last year."},
            "URN", new String[]{"503F", "The Ofsted URN in the  first episode does not match open episode at end of "
                    + "last year."});
    private static final List<String> OPEN_EPISODE_ORDER = List.of("RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER",
            "URN");

    private Ssda903PreviousYearRules() {
    }

    /**
     * The findings of this year's children ({@code now}: their tables as produced) against last
     * year's tables; {@code compared} names last year's return in each message.
     */
    public static List<ValidationMessage> check(List<Ssda903Child> children, Ssda903Tables now,
                                                Ssda903Tables lastYear, String compared, ReturnPeriod period) {
        Map<String, Ssda903Child> byId = children.stream()
                .collect(Collectors.toMap(c -> Long.toString(c.childId()), Function.identity(), (a, b) -> a));
        Findings out = new Findings(compared);
        header(now, lastYear, byId, out);
        uasc(now, lastYear, byId, period, out);
        episodes(now, lastYear, byId, period, out);
        return out.messages;
    }

    private static void header(Ssda903Tables now, Ssda903Tables lastYear, Map<String, Ssda903Child> byId,
                               Findings out) {
        Map<String, Map<String, String>> before = lastYear.headerByChild();
        Map<String, List<Map<String, String>>> episodesNow = now.episodesByChild();
        for (Map<String, String> row : now.header()) {
            Map<String, String> last = before.get(row.get("CHILD"));
            Ssda903Child child = byId.get(row.get("CHILD"));
            if (last == null || child == null) {
                continue;
            }
            long id = child.childId();
            String person = Ssda903Rules.personLink(id);
            if (!sex(value(row, "SEX")).equals(sex(value(last, "SEX")))) {
                out.error("202", "The gender code conflicts with the gender already recorded for this child.", id,
                        "SEX", person);
            }
            if (differs(row, last, "DOB")) {
                out.error("203", "Date of birth disagrees with the date of birth already recorded for this child.", id,
                        "DOB", person);
            }
            if (differs(row, last, "ETHNIC")) {
                out.error("204", "Ethnic origin code disagrees with the ethnic origin already recorded for this child.",
                        id, "ETHNIC", person);
            }
            // A mother last year is a mother still; the field is asked of a child looked after this year.
            if ("1".equals(value(last, "MOTHER")) && "0".equals(value(row, "MOTHER"))
                    && episodesNow.containsKey(row.get("CHILD"))) {
                out.error("207", "Mother status for the current year disagrees with the mother status already recorded "
                        + "for this child.", id, "MOTHER", Ssda903LookedAfterRules.section(id, "status"));
            }
            // A UPN known last year stays the child's; one unknown then (UN1-UN7) may be found since.
            String upnBefore = value(last, "UPN");
            if (!upnBefore.isEmpty() && !upnBefore.startsWith("UN") && differs(row, last, "UPN")) {
                out.error("208", "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number "
                        + "(UPN) already recorded for this child.", id, "UPN", person);
            }
        }
    }

    private static void uasc(Ssda903Tables now, Ssda903Tables lastYear, Map<String, Ssda903Child> byId,
                             ReturnPeriod period, Findings out) {
        Map<String, Map<String, String>> before = lastYear.uascByChild();
        Map<String, Map<String, String>> uascNow = now.uascByChild();
        Map<String, List<Map<String, String>>> episodesNow = now.episodesByChild();
        Map<String, List<Map<String, String>>> episodesBefore = lastYear.episodesByChild();
        for (Ssda903Child child : byId.values()) {
            String key = Long.toString(child.childId());
            Map<String, String> last = before.get(key);
            Map<String, String> row = uascNow.get(key);
            String link = Ssda903LookedAfterRules.section(child.childId(), "status");
            if (last != null && row == null && value(last, "DUC").isEmpty() && episodesNow.containsKey(key)) {
                out.error("205A", "Child identified as UASC last year is no longer UASC this year, but date UASC ceased "
                        + "in both years does not support this.", child.childId(), "DUC", link);
            }
            if (last != null && row != null && !value(last, "DUC").isEmpty() && differs(row, last, "DUC")) {
                out.error("205B", "Child previously identified as UASC is also UASC this year, but date UASC ceased in "
                        + "both years does not support this.", child.childId(), "DUC", link);
            }
            LocalDate uascFrom = child.status() == null ? null : child.status().uascFrom();
            if (row != null && last == null && episodesBefore.containsKey(key) && uascFrom != null
                    && uascFrom.isBefore(period.start())) {
                out.error("205D", "Child identified as UASC this year but not identified as UASC status provided for "
                        + "the child last year.", child.childId(), "UASC", link);
            }
        }
    }

    private static void episodes(Ssda903Tables now, Ssda903Tables lastYear, Map<String, Ssda903Child> byId,
                                 ReturnPeriod period, Findings out) {
        Map<String, List<Map<String, String>>> before = lastYear.episodesByChild();
        now.episodesByChild().forEach((key, rows) -> {
            Ssda903Child child = byId.get(key);
            if (child == null || rows.isEmpty()) {
                return;
            }
            Map<String, String> first = rows.get(0);
            LocalDate start = Ssda903Dates.parse(first.get("DECOM"));
            String link = episodeLink(child, start);
            Optional<Map<String, String>> latest = Ssda903Tables.last(before.get(key));
            if (start != null && start.isBefore(period.start())
                    && latest.map(l -> !start.equals(Ssda903Dates.parse(l.get("DECOM")))).orElse(true)) {
                out.error("562", "Episode commenced before the start of the current collection year but there is a "
                        + "missing continuous episode in the previous year.", child.childId(), "DECOM", link);
            }
            if (latest.isEmpty() || !value(latest.get(), "DEC").isEmpty()) {
                return;
            }
            Map<String, String> open = latest.get();
            if (!Objects.equals(start, Ssda903Dates.parse(open.get("DECOM")))) {
                out.error("502", "Last year's record ended with an open episode. The date on which that episode "
                        + "started does not match the start date of the first episode on this year's record.",
                        child.childId(), "DECOM", link);
            }
            for (String field : OPEN_EPISODE_ORDER) {
                if (differs(first, open, field)) {
                    String[] rule = OPEN_EPISODE_FIELDS.get(field);
                    out.error(rule[0], rule[1], child.childId(), field, link);
                }
            }
        });
    }

    /** The episode's page when this year's episode of that start is found, else the child's person page. */
    private static String episodeLink(Ssda903Child child, LocalDate start) {
        return child.episodes().stream().filter(e -> e.start().equals(start)).findFirst()
                .map(e -> Ssda903Rules.episodeLink(child.childId(), e.episodeId()))
                .orElse(Ssda903Rules.personLink(child.childId()));
    }

    /** Sex as M or F whichever year wrote it: 1 and 2 until 2023-24, M, F and U since. */
    private static String sex(String code) {
        return switch (code) {
            case "1" -> "M";
            case "2" -> "F";
            default -> code;
        };
    }

    private static boolean differs(Map<String, String> row, Map<String, String> last, String field) {
        return !value(row, field).equals(value(last, field));
    }

    private static String value(Map<String, String> row, String field) {
        String v = row.get(field);
        return v == null ? "" : v.trim();
    }

    /** The findings, each saying which return it was compared with. */
    private static final class Findings {
        private final String compared;
        private final List<ValidationMessage> messages = new java.util.ArrayList<>();

        Findings(String compared) {
            this.compared = compared;
        }

        void error(String code, String message, long childId, String field, String link) {
            messages.add(ValidationMessage.error(code, message + " Compared with " + compared + ".", childId, field,
                    link));
        }
    }
}
