package org.harbour.send.sen2.domain;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.send.learner.domain.LearnerNumbers;
import org.harbour.send.learner.domain.UpnUnknownReason;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pre-submission checks of the SEN2 person-level return, written from the DfE's technical
 * specification's validation section: one message per broken rule and person, naming the field
 * and linking to the child's record where it is put right. The rule codes are the module's own.
 */
public final class Sen2Rules {

    private static final int OLDEST = 25;
    private static final int POST_16 = 16;
    private static final Set<String> REVIEW_OUTCOMES = Set.of("M", "A", "C");

    private Sen2Rules() {
    }

    public static List<ValidationMessage> check(List<Sen2Person> persons, ReturnPeriod period) {
        return check(persons, period, null);
    }

    /** The checks, with the council's own DfE code ({@code ownLa}, may be null) that a transfer in cannot name. */
    public static List<ValidationMessage> check(List<Sen2Person> persons, ReturnPeriod period, String ownLa) {
        List<ValidationMessage> messages = new ArrayList<>();
        for (Sen2Person p : persons) {
            messages.addAll(check(p, period, ownLa));
        }
        return messages;
    }

    public static List<ValidationMessage> check(Sen2Person p, ReturnPeriod period) {
        return check(p, period, null);
    }

    public static List<ValidationMessage> check(Sen2Person p, ReturnPeriod period, String ownLa) {
        List<ValidationMessage> m = new ArrayList<>();
        String link = "/case/child.xhtml?id=" + p.personId();
        LocalDate census = period.censusDate() != null ? period.censusDate() : period.end();
        if (blank(p.surname()) || blank(p.forename())) {
            m.add(ValidationMessage.error("SEN2-100", "Surname and forename must be present.", p.personId(), "Surname", link));
        }
        if (p.birthDate() == null) {
            m.add(ValidationMessage.error("SEN2-110", "Date of birth must be present.", p.personId(), "PersonBirthDate", link));
        } else if (p.birthDate().isAfter(census) || Period.between(p.birthDate(), period.start()).getYears() > OLDEST) {
            m.add(ValidationMessage.error("SEN2-111", "Date of birth must make the person 0 to 25 in the reference period.",
                    p.personId(), "PersonBirthDate", link));
        }
        checkLearnerNumbers(m, p, census, link);
        for (Sen2Person.Sen2Request r : p.requests()) {
            checkRequest(m, p, r, period, census, ownLa, link);
        }
        return m;
    }

    /** UPN (with its check letter), the UPN-unknown code in its place, and the ULN (with its check digit). */
    private static void checkLearnerNumbers(List<ValidationMessage> m, Sen2Person p, LocalDate census, String childLink) {
        // The UPN is put right on the child's record; the ULN and the UPN-unknown reason on the learner page.
        String link = "/send/learner.xhtml?person=" + p.personId();
        if (p.upn() != null && !LearnerNumbers.isValidUpn(p.upn())) {
            m.add(ValidationMessage.error("SEN2-120",
                    "UPN is not valid: a check letter, 11 digits and a digit or letter, with the check letter the DfE's sum gives.",
                    p.personId(), "UPN", childLink));
        }
        if (p.upn() == null && blank(p.upnUnknown()) && schoolAge(p.birthDate(), census)) {
            m.add(ValidationMessage.error("SEN2-121", "A child of compulsory school age needs a UPN or a UPN unknown reason.",
                    p.personId(), "UPNunknown", link));
        }
        if (p.upn() != null && !blank(p.upnUnknown())) {
            m.add(ValidationMessage.error("SEN2-122", "A UPN unknown reason cannot be given when the UPN is known.",
                    p.personId(), "UPNunknown", link));
        }
        if (!blank(p.upnUnknown()) && UpnUnknownReason.ofCode(p.upnUnknown()) == null) {
            m.add(ValidationMessage.error("SEN2-123", "UPN unknown must be one of the codes UN1 to UN7.",
                    p.personId(), "UPNunknown", link));
        }
        if (p.uln() != null && !LearnerNumbers.isValidUln(p.uln())) {
            m.add(ValidationMessage.error("SEN2-130",
                    "Unique learner number is not valid: 10 digits, the first not 0, with the right check digit.",
                    p.personId(), "UniqueLearnerNumber", link));
        }
        if (p.upn() == null && p.uln() == null && p.birthDate() != null && Period.between(p.birthDate(), census).getYears() >= POST_16) {
            m.add(ValidationMessage.warning("SEN2-131", "A young person of 16 or over with no UPN should have a unique learner number.",
                    p.personId(), "UniqueLearnerNumber", link));
        }
    }

    private static void checkRequest(List<ValidationMessage> m, Sen2Person p, Sen2Person.Sen2Request r, ReturnPeriod period,
                                     LocalDate census, String ownLa, String link) {
        if (r.receivedDate() == null || r.receivedDate().isAfter(census)) {
            m.add(ValidationMessage.error("SEN2-200", "Request received date must be present and on or before the census date.",
                    p.personId(), "ReceivedDate", link));
            return;
        }
        if (blank(r.requestSource())) {
            m.add(ValidationMessage.error("SEN2-201", "Request source must be present.", p.personId(), "RequestSource", link));
        }
        if (r.outcomeDate() != null && r.outcomeDate().isBefore(r.receivedDate())) {
            m.add(ValidationMessage.error("SEN2-210", "Request outcome date cannot be before the request was received.",
                    p.personId(), "RequestOutcomeDate", link));
        }
        Sen2Person.Sen2Assessment a = r.assessment();
        if (a == null || a.plan() == null) {
            return;
        }
        Sen2Person.Sen2Plan plan = a.plan();
        if (plan.startDate().isBefore(r.receivedDate())) {
            m.add(ValidationMessage.error("SEN2-300", "A plan cannot start before its request was received.",
                    p.personId(), "StartDate", link));
        }
        if ((plan.ceaseDate() == null) != blank(plan.ceaseReason())) {
            m.add(ValidationMessage.error("SEN2-310", "A ceased plan needs both its cease date and its cease reason.",
                    p.personId(), "CeaseReason", link));
        }
        if (plan.personalBudget() && !plan.organisedArrangements() && !plan.directPayments()) {
            m.add(ValidationMessage.error("SEN2-320", "A plan with a personal budget says whether it is organised arrangements, "
                    + "direct payments or both.", p.personId(), "PB", link));
        }
        if (plan.workBased() && p.birthDate() != null && Period.between(p.birthDate(), census).getYears() < POST_16) {
            m.add(ValidationMessage.error("SEN2-330", "A work-based placement is for a young person of 16 or over.",
                    p.personId(), "PlanWPB", link));
        }
        if (plan.ceaseDate() == null || plan.active() != null) {
            checkActivePlan(m, p, plan, link);
        }
        if (plan.active() != null) {
            checkActivePlanDetails(m, p, plan, period, census, ownLa, link);
        }
    }

    /** ActivePlans: only for a plan active on the census day, its transfer's authority, and its review dates. */
    private static void checkActivePlanDetails(List<ValidationMessage> m, Sen2Person p, Sen2Person.Sen2Plan plan,
                                               ReturnPeriod period, LocalDate census, String ownLa, String link) {
        Sen2Person.Sen2ActivePlan a = plan.active();
        if (plan.startDate().isAfter(census) || (plan.ceaseDate() != null && !plan.ceaseDate().isAfter(census))) {
            m.add(ValidationMessage.error("SEN2-500", "ActivePlans is only for a plan active on the census day.",
                    p.personId(), "ActivePlans", link));
        }
        if (a.transferLa() != null && (!a.transferLa().matches("\\d{3}") || a.transferLa().equals(ownLa))) {
            m.add(ValidationMessage.error("SEN2-510", "TransferLA must be another authority's 3-digit DfE code.",
                    p.personId(), "TransferLA", link));
        }
        if (a.reviewMeeting() != null && (a.reviewMeeting().isBefore(period.start()) || a.reviewMeeting().isAfter(census)
                || a.reviewMeeting().isBefore(plan.startDate()))) {
            m.add(ValidationMessage.error("SEN2-520", "ReviewMeeting must fall in the reference period, after the plan started.",
                    p.personId(), "ReviewMeeting", link));
        }
        if (a.reviewMeeting() == null && a.reviewOutcome() != null) {
            m.add(ValidationMessage.error("SEN2-521", "ReviewOutcome needs the ReviewMeeting it follows.",
                    p.personId(), "ReviewOutcome", link));
        }
        if (a.reviewOutcome() != null && !REVIEW_OUTCOMES.contains(a.reviewOutcome())) {
            m.add(ValidationMessage.error("SEN2-522", "ReviewOutcome must be M (maintain), A (amend) or C (cease).",
                    p.personId(), "ReviewOutcome", link));
        }
        if (a.lastReview() != null && (a.lastReview().isAfter(census) || a.lastReview().isBefore(plan.startDate()))) {
            m.add(ValidationMessage.error("SEN2-530", "LastReview must be after the plan started and by the census day.",
                    p.personId(), "LastReview", link));
        }
        if (a.lastReview() != null && a.reviewMeeting() != null && a.reviewMeeting().isAfter(a.lastReview())) {
            m.add(ValidationMessage.error("SEN2-531", "LastReview cannot be before the ReviewMeeting of the reference period.",
                    p.personId(), "LastReview", link));
        }
        if (a.lastReview() == null && plan.startDate().plusMonths(12).isBefore(census)) {
            m.add(ValidationMessage.warning("SEN2-540", "A plan active for over 12 months should have had an annual review.",
                    p.personId(), "LastReview", link));
        }
    }

    private static void checkActivePlan(List<ValidationMessage> m, Sen2Person p, Sen2Person.Sen2Plan plan, String link) {
        Set<Integer> ranks = new HashSet<>();
        boolean unique = plan.needs().stream().allMatch(n -> ranks.add(n.rank()));
        if (!ranks.contains(1) || !unique) {
            m.add(ValidationMessage.error("SEN2-400", "An active plan needs one primary need (rank 1) and each rank once.",
                    p.personId(), "SENtypeRank", link));
        }
        if (plan.placements().isEmpty()) {
            m.add(ValidationMessage.warning("SEN2-410", "An active plan should name a placement.", p.personId(), "PlacementDetail", link));
        }
        for (Sen2Person.Sen2Placement pl : plan.placements()) {
            if (blank(pl.urn()) && blank(pl.ukprn())) {
                m.add(ValidationMessage.error("SEN2-411", "A named setting needs its URN or UKPRN.", p.personId(), "URN", link));
            }
        }
    }

    /** Compulsory school age: 5 to 15 on the census day, in whole years. */
    private static boolean schoolAge(LocalDate birthDate, LocalDate census) {
        if (birthDate == null) {
            return false;
        }
        int age = Period.between(birthDate, census).getYears();
        return age >= 5 && age <= 15;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
