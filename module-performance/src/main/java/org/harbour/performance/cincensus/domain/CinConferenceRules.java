package org.harbour.performance.cincensus.domain;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The DfE's Children in Need census rules across CIN plans, child protection plans and initial
 * conferences (source: the DfE's "Children in need census: validation rules" for the collection
 * year): a CIN plan and a child protection plan both open in one episode (4001), a CIN plan
 * starting while a child protection plan is open (4016), a conference given at both the CIN
 * details and the section 47 level (2884), a plan starting on a day no initial conference was
 * held (2885); over the whole return, more plans starting than conferences held (2883) and the
 * query on children with no sex recorded (2886Q). A plan follows its initial conference: that day
 * is the plan's start in the census, so 2885 is the practitioner's dates disagreeing.
 */
public final class CinConferenceRules {

    /** Rule 2886Q: more than 2% of children (unborn children aside) without their sex is queried. */
    private static final double MOST_WITHOUT_SEX = 0.02;
    private static final Set<String> NO_SEX = Set.of("", "0", "U");
    /** Where a finding about the whole return is read: the returns page, since no one record puts it right. */
    private static final String RETURNS_PAGE = "/returns/returns.xhtml";

    private CinConferenceRules() {
    }

    /** The rules on one child's episodes; {@code linkOf} gives the referral's page of an episode. */
    static void check(CinChild child, ReturnPeriod period, Function<CinChild.CinEpisode, String> linkOf,
                      List<ValidationMessage> out) {
        long id = child.childId();
        for (CinChild.CinEpisode e : child.episodes()) {
            String link = linkOf.apply(e);
            boolean openCinPlan = e.cinPlans().stream().anyMatch(p -> p.start() != null && p.end() == null);
            boolean openProtectionPlan = e.protectionPlans().stream().anyMatch(p -> p.end() == null);
            if (openCinPlan && openProtectionPlan) {
                out.add(ValidationMessage.error("4001", "A CIN Plan cannot run concurrently with a Child Protection Plan",
                        id, "CINPlanEndDate", link));
            }
            Set<LocalDate> enquiryConferences = e.section47s().stream().map(CinChild.Section47::dateOfInitialCpc)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            for (CinChild.ProtectionPlan plan : e.protectionPlans()) {
                if (period.contains(plan.start()) && !enquiryConferences.contains(plan.start())
                        && !plan.start().equals(e.dateOfInitialCpc())) {
                    out.add(ValidationMessage.error("2885", "Child protection plan shown as starting a different day "
                            + "to the initial child protection conference", id, "CPPstartDate", link));
                }
            }
        }
        cinPlansDuringProtection(child, period, linkOf, out);
        conferenceAtBothLevels(child, linkOf, out);
    }

    /** Rule 4016, across the child's episodes: a CIN plan may start on a plan's last day, not while it is open. */
    private static void cinPlansDuringProtection(CinChild child, ReturnPeriod period,
                                                 Function<CinChild.CinEpisode, String> linkOf,
                                                 List<ValidationMessage> out) {
        List<CinChild.ProtectionPlan> plans = child.episodes().stream()
                .flatMap(e -> e.protectionPlans().stream()).toList();
        for (CinChild.CinEpisode e : child.episodes()) {
            for (CinChild.PlanDates cinPlan : e.cinPlans()) {
                LocalDate start = cinPlan.start();
                boolean duringOne = start != null && plans.stream().anyMatch(p -> !start.isBefore(p.start())
                        && (p.end() == null ? !start.isAfter(period.end()) : start.isBefore(p.end())));
                if (duringOne) {
                    out.add(ValidationMessage.error("4016", "A CIN Plan has been reported as open at the same time as "
                            + "a Child Protection Plan.", child.childId(), "CINPlanStartDate", linkOf.apply(e)));
                }
            }
        }
    }

    /** Rule 2884: a conference is given once, on its enquiry or, with none, on the CIN details. */
    private static void conferenceAtBothLevels(CinChild child, Function<CinChild.CinEpisode, String> linkOf,
                                               List<ValidationMessage> out) {
        Set<LocalDate> enquiryConferences = child.episodes().stream().flatMap(e -> e.section47s().stream())
                .map(CinChild.Section47::dateOfInitialCpc).filter(Objects::nonNull).collect(Collectors.toSet());
        for (CinChild.CinEpisode e : child.episodes()) {
            if (e.dateOfInitialCpc() != null && enquiryConferences.contains(e.dateOfInitialCpc())) {
                out.add(ValidationMessage.error("2884", "An initial child protection conference is recorded at both "
                        + "the S47 and CIN Details level and it should only be recorded in one", child.childId(),
                        "DateOfInitialCPC", linkOf.apply(e)));
            }
        }
    }

    /** Rules on the return as a whole (2883, 2886Q): they name no child; they link to the returns page. */
    static void wholeReturn(List<CinChild> children, ReturnPeriod period, List<ValidationMessage> out) {
        long plansStarting = children.stream().flatMap(c -> c.episodes().stream())
                .flatMap(e -> e.protectionPlans().stream()).filter(p -> period.contains(p.start())).count();
        long conferences = children.stream().flatMap(c -> c.episodes().stream())
                .mapToLong(e -> e.section47s().stream().map(CinChild.Section47::dateOfInitialCpc)
                        .filter(d -> d != null && period.contains(d)).count()
                        + (e.dateOfInitialCpc() != null && period.contains(e.dateOfInitialCpc()) ? 1 : 0))
                .sum();
        if (plansStarting > conferences) {
            out.add(ValidationMessage.error("2883", "There are more child protection plans starting than initial "
                    + "conferences taking place", null, "CPPstartDate", RETURNS_PAGE));
        }
        List<CinChild> born = children.stream().filter(c -> c.expectedBirthDate() == null).toList();
        long withoutSex = born.stream().filter(c -> c.sex() == null || NO_SEX.contains(c.sex().trim())).count();
        if (!children.isEmpty() && withoutSex > MOST_WITHOUT_SEX * children.size()) {
            out.add(ValidationMessage.warning("2886Q", "Please check and either amend or provide a reason: Percentage "
                    + "of children with no sex recorded is more than 2% (excluding unborns)", null, "Sex",
                    RETURNS_PAGE));
        }
    }
}
