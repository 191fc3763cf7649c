package org.harbour.performance.cincensus.domain;

import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The DfE's Children in Need census rules on the modules under a CIN episode: CIN plan dates
 * against the referral and each other (4015, 4011, 4012Q), section 47 enquiries and initial
 * conferences (2889, 8615, 8675Q, 8870Q) and child protection plans (8905, 8925, 8940), each with the
 * DfE's rule number and message. Queries (a Q code) ask for a check, not a correction. Each links
 * to the referral's page, where the episode and its work are put right.
 */
final class CinModuleRules {

    /** Category of abuse codes: neglect, physical, sexual, emotional, multiple. */
    static final Set<String> CATEGORIES_OF_ABUSE = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");

    private CinModuleRules() {
    }

    /** Rule 8675Q: an enquiry open 15 working days before the census date should have had its conference. */
    private static final int ICPC_WORKING_DAYS = 15;

    /** The day 15 working days before the census date: an enquiry begun before it without a conference is queried (8675Q). */
    static LocalDate conferenceDueSince(ReturnPeriod period, WorkingDayCalendar calendar) {
        LocalDate day = period.end();
        int counted = 0;
        while (counted < ICPC_WORKING_DAYS) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The rules on one episode's modules; {@code link} is the referral's page. */
    static void check(CinChild child, CinChild.CinEpisode e, LocalDate conferenceDueSince, String link,
                      List<ValidationMessage> out) {
        cinPlans(child.childId(), e, link, out);
        section47s(child.childId(), e, conferenceDueSince, link, out);
        protectionPlans(child.childId(), e, link, out);
    }

    /** Rule 8940 across all the child's episodes: no two child protection plans may overlap. */
    static void overlappingProtectionPlans(CinChild child, Function<CinChild.CinEpisode, String> linkOf,
                                           List<ValidationMessage> out) {
        record Held(CinChild.ProtectionPlan plan, CinChild.CinEpisode episode) {
        }
        List<Held> plans = child.episodes().stream()
                .flatMap(e -> e.protectionPlans().stream().map(p -> new Held(p, e)))
                .sorted(Comparator.comparing((Held h) -> h.plan().start())).toList();
        for (int i = 1; i < plans.size(); i++) {
            CinChild.ProtectionPlan before = plans.get(i - 1).plan();
            if (before.end() == null || plans.get(i).plan().start().isBefore(before.end())) {
                out.add(ValidationMessage.error("8940", "Child Protection Plan data contains overlapping dates",
                        child.childId(), "CPPstartDate", linkOf.apply(plans.get(i).episode())));
            }
        }
    }

    private static void cinPlans(long id, CinChild.CinEpisode e, String link, List<ValidationMessage> out) {
        for (CinChild.PlanDates plan : e.cinPlans()) {
            if (plan.start().isBefore(e.referralDate())) {
                out.add(ValidationMessage.error("4015", "The CIN Plan start date cannot be before the referral date", id,
                        "CINPlanStartDate", link));
            }
            if (plan.end() != null && plan.end().isBefore(plan.start())) {
                out.add(ValidationMessage.error("4011", "CIN Plan End Date earlier than Start Date", id,
                        "CINPlanEndDate", link));
            }
            if (plan.start().equals(plan.end())) {
                out.add(ValidationMessage.warning("4012Q", "CIN Plan shown as starting and ending on the same day - "
                        + "please check", id, "CINPlanEndDate", link));
            }
        }
    }

    private static void section47s(long id, CinChild.CinEpisode e, LocalDate conferenceDueSince, String link,
                                   List<ValidationMessage> out) {
        for (CinChild.Section47 s : e.section47s()) {
            if (s.start().isBefore(e.referralDate())) {
                out.add(ValidationMessage.error("2889", "The S47 start date cannot be before the referral date.", id,
                        "S47ActualStartDate", link));
            }
            if (s.dateOfInitialCpc() != null && s.start().isAfter(s.dateOfInitialCpc())) {
                out.add(ValidationMessage.error("8615", "Section 47 Enquiry Start Date must be present and cannot be "
                        + "later than the date of the initial Child Protection Conference", id, "S47ActualStartDate",
                        link));
            }
            if (s.dateOfInitialCpc() == null && !s.icpcNotRequired() && s.start().isBefore(conferenceDueSince)) {
                out.add(ValidationMessage.warning("8675Q", "Please check and either amend data or provide a reason: S47 "
                        + "Enquiry started more than 15 working days before the end of the census year. However, there "
                        + "is no date of Initial Child Protection Conference.", id, "DateOfInitialCPC", link));
            }
            // Harbour counts the target in working days from the strategy discussion, so this holds unless the calendar is wrong.
            LocalDate target = s.initialCpcTarget();
            if (target != null && (target.getDayOfWeek() == DayOfWeek.SATURDAY
                    || target.getDayOfWeek() == DayOfWeek.SUNDAY)) {
                out.add(ValidationMessage.warning("8870Q", "Please check and either amend or provide a reason: The "
                        + "Target Date for Initial Child Protection Conference should not be a weekend", id,
                        "InitialCPCtarget", link));
            }
        }
    }

    private static void protectionPlans(long id, CinChild.CinEpisode e, String link, List<ValidationMessage> out) {
        for (CinChild.ProtectionPlan p : e.protectionPlans()) {
            if (p.initialCategory() == null || !CATEGORIES_OF_ABUSE.contains(p.initialCategory())) {
                out.add(ValidationMessage.error("8905", "Initial Category of Abuse code missing or invalid (see Category "
                        + "of Abuse table in CIN Census code set)", id, "InitialCategoryOfAbuse", link));
            }
            if (p.end() != null && p.end().isBefore(p.start())) {
                out.add(ValidationMessage.error("8925", "Child Protection Plan End Date earlier than Start Date", id,
                        "CPPendDate", link));
            }
        }
    }
}
