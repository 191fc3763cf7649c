package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.casedata.EpisodeDetailRow;
import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.MissingEpisodeRow;
import org.harbour.core.spi.casedata.WorkerEpisodeRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.core.spi.casedata.ReviewRow;
import org.harbour.core.spi.returns.ReturnPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns core's records into the children of one year's SSDA903, by the DfE's scope: every episode
 * open on any day of the collection year (an episode still open on 31 March goes without DEC and
 * REC, even where it has since ended), the looked-after reviews held in the year, and OC3 for the
 * care leavers whose 17th to 21st birthday falls in the year; with each child the looked-after
 * records OC2, UASC, AD1, PlacedAdoption, PrevPerm and Missing are made from.
 */
public final class Ssda903Assembly {

    /** OC3 follows care leavers from their 17th to their 21st birthday (2025-26 guidance). */
    static final int FIRST_OC3_BIRTHDAY = 17;
    static final int LAST_OC3_BIRTHDAY = 21;
    /** Placements no Ofsted register holds: the DfE's URN is XXXXXXX for these. */
    private static final Set<String> UNREGISTERED = Set.of("A3", "A4", "A5", "A6", "P1", "P3", "R2", "R3", "R5",
            "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14");
    static final String NO_URN = "XXXXXXX";

    private Ssda903Assembly() {
    }

    /** The children of the return, in child id order. */
    public static List<Ssda903Child> children(Ssda903Records records, ReturnPeriod period) {
        Map<Long, PersonRecordRow> persons = records.persons().stream()
                .collect(Collectors.toMap(PersonRecordRow::id, Function.identity()));
        Map<Long, List<EpisodeDetailRow>> history = records.episodes().stream()
                .collect(Collectors.groupingBy(EpisodeDetailRow::personId, TreeMap::new, Collectors.toList()));
        Map<Long, String> needs = new HashMap<>();
        records.periods().stream().filter(p -> "LOOKED_AFTER".equals(p.kind()) && p.primaryNeed() != null)
                .forEach(p -> needs.put(p.id(), p.primaryNeed()));
        Map<Long, List<Ssda903Review>> reviews = records.reviews().stream()
                .filter(r -> "CLA_REVIEW".equals(r.reviewType()) && period.contains(r.held()))
                .collect(Collectors.groupingBy(ReviewRow::personId, Collectors.mapping(
                        r -> new Ssda903Review(r.id(), r.held(), r.participationCode()), Collectors.toList())));
        Map<Long, LookedAfterStatusRow> statuses = records.statuses().stream()
                .collect(Collectors.toMap(LookedAfterStatusRow::personId, Function.identity(), (a, b) -> b));
        Map<Long, HealthOutcomeRow> health = records.health().stream()
                .filter(h -> h.yearEnding().equals(period.end()))
                .collect(Collectors.toMap(HealthOutcomeRow::personId, Function.identity(), (a, b) -> b));
        Map<Long, List<MissingEpisodeRow>> missing = records.missing().stream()
                .filter(m -> !m.start().isAfter(period.end()) && (m.end() == null || !m.end().isBefore(period.start())))
                .sorted(Comparator.comparing(MissingEpisodeRow::start).thenComparing(MissingEpisodeRow::id))
                .collect(Collectors.groupingBy(MissingEpisodeRow::personId));
        Set<Long> inOc2 = twelveMonthsAtYearEnd(records, period);
        Map<Long, List<WorkerEpisodeRow>> workers = records.workers().stream()
                .filter(w -> !w.start().isAfter(period.end()) && (w.end() == null || !w.end().isBefore(period.start())))
                .sorted(Comparator.comparing(WorkerEpisodeRow::start).thenComparing(WorkerEpisodeRow::allocationId))
                .collect(Collectors.groupingBy(WorkerEpisodeRow::personId));
        Map<Long, CareLeaverOutcome> leavers = careLeavers(records.careLeavers(), persons, period);

        Set<Long> ids = new TreeSet<>(leavers.keySet());
        history.forEach((child, eps) -> {
            if (eps.stream().anyMatch(e -> e.overlaps(period.start(), period.end()))) {
                ids.add(child);
            }
        });
        List<Ssda903Child> children = new ArrayList<>();
        for (Long id : ids) {
            PersonRecordRow p = persons.get(id);
            if (p == null) {
                continue;
            }
            List<EpisodeDetailRow> all = history.getOrDefault(id, List.of());
            List<Ssda903Episode> inYear = all.stream()
                    .filter(e -> e.overlaps(period.start(), period.end()))
                    .sorted(Comparator.comparing(EpisodeDetailRow::start).thenComparing(EpisodeDetailRow::id))
                    .map(e -> episode(e, needs.get(e.periodId()), p, period))
                    .toList();
            List<Ssda903Review> held = reviews.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(Ssda903Review::held).thenComparing(Ssda903Review::reviewId)).toList();
            boolean looked = !inYear.isEmpty();
            children.add(new Ssda903Child(id, p.dateOfBirth(), p.sex(), p.ethnicity(), p.upn(),
                    inYear, looked ? held : List.of(), leavers.get(id), statuses.get(id),
                    looked ? health.get(id) : null, looked ? missing.getOrDefault(id, List.of()) : List.of(),
                    inOc2.contains(id), looked ? workers.getOrDefault(id, List.of()) : List.of()));
        }
        return children;
    }

    /** An episode carries the category of need of its period of care, recorded when the child became looked after. */
    private static Ssda903Episode episode(EpisodeDetailRow e, String categoryOfNeed, PersonRecordRow person,
                                          ReturnPeriod period) {
        boolean endsInYear = e.end() != null && !e.end().isAfter(period.end());
        return new Ssda903Episode(e.id(), e.periodId(), e.start(), e.reasonNewEpisode(), e.legalStatus(),
                categoryOfNeed, e.placementType(), e.placementProvider(),
                endsInYear ? e.end() : null, endsInYear ? e.reasonCeased() : null,
                e.reasonPlaceChange(), sector(person.postcode()), sector(e.placementPostcode()),
                UNREGISTERED.contains(e.placementType()) ? NO_URN : null, period.contains(e.start()),
                e.placementLocalAuthority(), e.placementLocation(), e.placementDistance());
    }

    /**
     * The children OC2 asks about: looked after continuously for at least twelve months on 31 March
     * (a period of care begun a year or more before and still open after the year), not on a short
     * break (V3, V4) then.
     */
    static Set<Long> twelveMonthsAtYearEnd(Ssda903Records records, ReturnPeriod period) {
        LocalDate end = period.end();
        Set<Long> shortBreaks = new TreeSet<>();
        records.episodes().stream()
                .filter(e -> !e.start().isAfter(end) && (e.end() == null || e.end().isAfter(end)))
                .filter(e -> "V3".equals(e.legalStatus()) || "V4".equals(e.legalStatus()))
                .forEach(e -> shortBreaks.add(e.personId()));
        Set<Long> children = new TreeSet<>();
        records.periods().stream()
                .filter(p -> "LOOKED_AFTER".equals(p.kind()))
                .filter(p -> !p.start().isAfter(end.minusYears(1)) && (p.end() == null || p.end().isAfter(end)))
                .filter(p -> !shortBreaks.contains(p.personId()))
                .forEach(p -> children.add(p.personId()));
        return children;
    }

    private static Map<Long, CareLeaverOutcome> careLeavers(List<InvolvementDetailRow> rows,
                                                            Map<Long, PersonRecordRow> persons, ReturnPeriod period) {
        Map<Long, CareLeaverOutcome> leavers = new TreeMap<>();
        for (InvolvementDetailRow r : rows) {
            PersonRecordRow p = persons.get(r.personId());
            if (!"CARE_LEAVER".equals(r.kind()) || p == null || p.dateOfBirth() == null
                    || !hasOc3Birthday(p.dateOfBirth(), period)) {
                continue;
            }
            leavers.merge(r.personId(), new CareLeaverOutcome(r.id(), r.inTouch(), r.activityCode(), r.accommodationCode()),
                    (a, b) -> b);
        }
        return leavers;
    }

    /** Whether the 17th, 18th, 19th, 20th or 21st birthday falls in the collection year. */
    static boolean hasOc3Birthday(LocalDate dateOfBirth, ReturnPeriod period) {
        for (int age = FIRST_OC3_BIRTHDAY; age <= LAST_OC3_BIRTHDAY; age++) {
            if (period.contains(dateOfBirth.plusYears(age))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A postcode cut to its sector as the SSDA903 asks (outward code, a space, the first character of
     * the inward code: "HB3 7"), so the return never carries a full address; null when not recorded.
     */
    static String sector(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.replace(" ", "").toUpperCase(java.util.Locale.UK);
        if (compact.length() < 5) {
            return compact;
        }
        String outward = compact.substring(0, compact.length() - 3);
        return outward + " " + compact.charAt(compact.length() - 3);
    }
}
