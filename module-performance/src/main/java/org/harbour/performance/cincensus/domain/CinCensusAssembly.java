package org.harbour.performance.cincensus.domain;

import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.casedata.ChildCharacteristicsRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.core.spi.casedata.ReviewRow;
import org.harbour.core.spi.returns.ReturnPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns core's records into the children of one year's CIN census: each referral open on any day
 * of the collection year is a CIN episode, with the work recorded against it up to the year's end.
 * Dates after the year's end are not yet facts for the census: an end after 31 March is left out.
 */
public final class CinCensusAssembly {

    /** Working Together: the initial conference within 15 working days of the strategy discussion. */
    static final int ICPC_WORKING_DAYS = 15;

    private CinCensusAssembly() {
    }

    public static List<CinChild> children(CinCensusRecords records, ReturnPeriod period, WorkingDayCalendar calendar) {
        Map<Long, PersonRecordRow> persons = records.persons().stream()
                .collect(Collectors.toMap(PersonRecordRow::id, Function.identity()));
        Map<Long, List<InvolvementDetailRow>> byReferral = records.work().stream()
                .filter(w -> w.referralId() != null && !w.start().isAfter(period.end()))
                .collect(Collectors.groupingBy(InvolvementDetailRow::referralId));
        Map<Long, List<ReviewRow>> reviews = records.reviews().stream()
                .filter(r -> "CP_CONFERENCE".equals(r.reviewType()) && !r.held().isAfter(period.end()))
                .collect(Collectors.groupingBy(ReviewRow::personId));
        // Every plan of the child, whichever referral it followed: NumberOfPreviousCPP counts them all.
        Map<Long, List<LocalDate>> planStarts = records.work().stream()
                .filter(w -> "CP_PLAN".equals(w.kind()))
                .collect(Collectors.groupingBy(InvolvementDetailRow::personId,
                        Collectors.mapping(InvolvementDetailRow::start, Collectors.toList())));
        Map<Long, ChildCharacteristicsRow> characteristics = records.characteristics().stream()
                .collect(Collectors.toMap(ChildCharacteristicsRow::personId, Function.identity(), (a, b) -> b));
        Map<Long, List<CinChild.CinEpisode>> episodes = new TreeMap<>();
        records.referrals().stream()
                .filter(r -> "REFERRAL".equals(r.kind()) && r.overlaps(period.start(), period.end()))
                .sorted(Comparator.comparing(InvolvementDetailRow::start).thenComparing(InvolvementDetailRow::id))
                .forEach(r -> episodes.computeIfAbsent(r.personId(), k -> new ArrayList<>())
                        .add(episode(r, byReferral.getOrDefault(r.id(), List.of()),
                                reviews.getOrDefault(r.personId(), List.of()),
                                planStarts.getOrDefault(r.personId(), List.of()), period, calendar)));
        List<CinChild> children = new ArrayList<>();
        episodes.forEach((id, eps) -> {
            PersonRecordRow p = persons.get(id);
            if (p != null) {
                ChildCharacteristicsRow c = characteristics.get(id);
                boolean noUpn = p.upn() == null || p.upn().isBlank();
                // A reason for no UPN goes only with a child who has none (the census carries one or the other).
                children.add(new CinChild(id, p.upn(), p.formerUpn(), c == null || !noUpn ? null : c.upnUnknown(),
                        p.dateOfBirth(), p.dateOfBirth() == null ? p.expectedBirthDate() : null, p.sex(),
                        inYear(p.dateOfDeath(), period), p.ethnicity(), c == null ? List.of() : c.disabilities(), eps));
            }
        });
        return children;
    }

    private static CinChild.CinEpisode episode(InvolvementDetailRow referral, List<InvolvementDetailRow> work,
                                               List<ReviewRow> reviews, List<LocalDate> planStarts,
                                               ReturnPeriod period, WorkingDayCalendar calendar) {
        List<CinChild.Assessment> assessments = kind(work, "ASSESSMENT").stream()
                .map(a -> assessment(a, period))
                .toList();
        List<CinChild.PlanDates> plans = kind(work, "CIN_PLAN").stream()
                .map(p -> new CinChild.PlanDates(p.start(), inYear(p.end(), period))).toList();
        List<InvolvementDetailRow> strategies = kind(work, "STRATEGY_DISCUSSION");
        List<CinChild.Section47> enquiries = kind(work, "SECTION_47").stream()
                .map(s -> section47(s, strategies, period, calendar)).toList();
        List<CinChild.ProtectionPlan> protection = kind(work, "CP_PLAN").stream()
                .map(p -> plan(p, reviews, planStarts, period)).toList();
        // Every conference is recorded on its section 47 enquiry, so the CIN details level carries none
        // (rule 2884: a conference is given at one level only).
        LocalDate conferenceWithoutEnquiry = null;
        LocalDate closure = inYear(referral.end(), period);
        return new CinChild.CinEpisode(referral.id(), referral.start(), referral.sourceCode(), referral.primaryNeed(),
                closure, closure == null ? null : referral.closureReason(), conferenceWithoutEnquiry, referral.nfa(),
                assessments, plans, enquiries, protection);
    }

    /** The factors go with an assessment authorised in the year only: until then none are identified (rule 8614). */
    private static CinChild.Assessment assessment(InvolvementDetailRow a, ReturnPeriod period) {
        LocalDate authorised = inYear(a.completedOn(), period);
        return new CinChild.Assessment(a.start(), authorised, authorised == null ? List.of() : factors(a));
    }

    private static CinChild.Section47 section47(InvolvementDetailRow s, List<InvolvementDetailRow> strategies,
                                                ReturnPeriod period, WorkingDayCalendar calendar) {
        LocalDate strategy = strategies.stream().map(InvolvementDetailRow::start)
                .filter(d -> !d.isAfter(s.start())).max(LocalDate::compareTo).orElse(null);
        LocalDate target = strategy == null ? null : calendar.addWorkingDays(strategy, ICPC_WORKING_DAYS);
        LocalDate icpc = inYear(s.icpcDate(), period);
        boolean concludedWithoutConference = inYear(s.end(), period) != null && icpc == null
                && !"ICPC".equals(s.outcomeCode());
        return new CinChild.Section47(s.start(), target, icpc, concludedWithoutConference);
    }

    private static CinChild.ProtectionPlan plan(InvolvementDetailRow p, List<ReviewRow> reviews,
                                                List<LocalDate> planStarts, ReturnPeriod period) {
        LocalDate end = inYear(p.end(), period);
        List<LocalDate> held = reviews.stream().map(ReviewRow::held)
                .filter(d -> d.isAfter(p.start()) && (end == null || !d.isAfter(end)))
                .sorted().toList();
        int previous = (int) planStarts.stream().filter(d -> d.isBefore(p.start())).count();
        return new CinChild.ProtectionPlan(p.start(), end, p.categoryCode(),
                p.latestCategoryCode() == null ? p.categoryCode() : p.latestCategoryCode(), previous, held);
    }

    private static List<InvolvementDetailRow> kind(List<InvolvementDetailRow> work, String kind) {
        return work.stream().filter(w -> kind.equals(w.kind()))
                .sorted(Comparator.comparing(InvolvementDetailRow::start).thenComparing(InvolvementDetailRow::id))
                .toList();
    }

    private static List<String> factors(InvolvementDetailRow assessment) {
        if (assessment.factors() == null || assessment.factors().isBlank()) {
            return List.of();
        }
        return Arrays.stream(assessment.factors().trim().split("\\s+")).toList();
    }

    private static LocalDate inYear(LocalDate day, ReturnPeriod period) {
        return day == null || day.isAfter(period.end()) ? null : day;
    }
}
