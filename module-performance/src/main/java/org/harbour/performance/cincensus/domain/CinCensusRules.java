package org.harbour.performance.cincensus.domain;

import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The DfE's Children in Need census validation rules this return checks before it is sent, each
 * with the DfE's rule number and message (source: the DfE's "Children in need census: validation
 * rules" for the collection year). Each finding names the child, the field and
 * the referral's page, where it and its work are put right.
 */
public final class CinCensusRules {

    private CinCensusRules() {
    }

    public static List<ValidationMessage> check(List<CinChild> children, ReturnPeriod period) {
        return check(children, period, new WorkingDayCalendar());
    }

    /** The rules, counting working days (rules 8670Q and 8675Q) by the authority's calendar. */
    public static List<ValidationMessage> check(List<CinChild> children, ReturnPeriod period,
                                                WorkingDayCalendar calendar) {
        LocalDate openAssessmentSince = CinEpisodeRules.openAssessmentSince(period, calendar);
        LocalDate conferenceDueSince = CinModuleRules.conferenceDueSince(period, calendar);
        List<ValidationMessage> messages = new ArrayList<>();
        for (CinChild child : children) {
            characteristics(child, messages);
            CinChildRules.check(child, period, messages);
            for (CinChild.CinEpisode e : child.episodes()) {
                String link = referralLink(child, e);
                if (!e.nfa() && (e.primaryNeed() == null || e.primaryNeed().isBlank())) {
                    messages.add(ValidationMessage.error("8610",
                            "Primary Need code is missing for a referral which led to further action.",
                            child.childId(), "PrimaryNeedCode", link));
                }
                CinEpisodeRules.check(child, e, period, openAssessmentSince, link, messages);
                CinModuleRules.check(child, e, conferenceDueSince, link, messages);
                if (e.closureDate() != null && activity(e).anyMatch(d -> d.isAfter(e.closureDate()))) {
                    messages.add(ValidationMessage.error("8565", "Activity shown after a case has been closed",
                            child.childId(), "CINclosureDate", link));
                }
            }
            CinModuleRules.overlappingProtectionPlans(child, e -> referralLink(child, e), messages);
            CinConferenceRules.check(child, period, e -> referralLink(child, e), messages);
        }
        CinConferenceRules.wholeReturn(children, period, messages);
        return messages;
    }

    /** The referral's page, where the episode and the work under it are put right. */
    private static String referralLink(CinChild child, CinChild.CinEpisode e) {
        return "/case/involvement.xhtml?person=" + child.childId() + "&kind=referral&id=" + e.referralId();
    }

    /** Disabilities (8790, 8794) and the reason for no UPN (8772), put right on the child's looked-after page. */
    private static void characteristics(CinChild child, List<ValidationMessage> messages) {
        String link = "/case/looked-after.xhtml?person=" + child.childId() + "&section=census";
        List<String> disabilities = child.disabilities();
        if (disabilities.contains("NONE") && disabilities.size() > 1) {
            messages.add(ValidationMessage.error("8790", "Disability information includes both None and other values",
                    child.childId(), "Disability", link));
        }
        if (new HashSet<>(disabilities).size() != disabilities.size()) {
            messages.add(ValidationMessage.error("8794", "Child has two or more disabilities with the same code",
                    child.childId(), "Disability", link));
        }
        if ("UN7".equals(child.upnUnknown()) && child.episodes().stream().anyMatch(e -> !e.nfa())) {
            messages.add(ValidationMessage.error("8772", "UPN unknown reason is UN7 (Referral with no further action) "
                    + "but at least one CIN details is a referral going on to further action", child.childId(),
                    "UPNunknown", link));
        }
    }

    /** The dates rule 8565 compares with the closure: assessments, enquiries, conferences, plan ends and CIN plans. */
    private static Stream<LocalDate> activity(CinChild.CinEpisode e) {
        return Stream.of(
                e.assessments().stream().flatMap(a -> Stream.of(a.start(), a.authorised())),
                e.section47s().stream().flatMap(s -> Stream.of(s.start(), s.dateOfInitialCpc())),
                e.protectionPlans().stream().map(CinChild.ProtectionPlan::end),
                e.cinPlans().stream().flatMap(p -> Stream.of(p.start(), p.end())),
                Stream.of(e.dateOfInitialCpc())
        ).flatMap(s -> s).filter(Objects::nonNull);
    }
}
