package org.harbour.performance.cincensus.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One child of the Children in Need census: identifiers (UPN, or why it is not known; the former
 * UPN; the date of birth or, unborn, the expected one; the date of death up to the year's end) and
 * characteristics (ethnicity, disabilities: empty when not recorded), and each CIN episode (a
 * referral and what followed it) open on any day of the collection year. Named by the authority's
 * child id (the person id), never by name.
 */
public record CinChild(long childId, String upn, String formerUpn, String upnUnknown, LocalDate birthDate,
                       LocalDate expectedBirthDate, String sex, LocalDate deathDate, String ethnicity,
                       List<String> disabilities, List<CinEpisode> episodes) {

    public CinChild {
        disabilities = List.copyOf(disabilities);
        episodes = List.copyOf(episodes);
    }

    /**
     * One CIN episode: CINreferralDate, ReferralSource, PrimaryNeedCode, CINclosureDate,
     * ReasonForClosure, DateOfInitialCPC, ReferralNFA and the modules under it. A closure after the
     * year's end is not yet a closure for the census and is left out.
     */
    public record CinEpisode(long referralId, LocalDate referralDate, String referralSource, String primaryNeed,
                             LocalDate closureDate, String closureReason, LocalDate dateOfInitialCpc, boolean nfa,
                             List<Assessment> assessments, List<PlanDates> cinPlans, List<Section47> section47s,
                             List<ProtectionPlan> protectionPlans) {

        public CinEpisode {
            assessments = List.copyOf(assessments);
            cinPlans = List.copyOf(cinPlans);
            section47s = List.copyOf(section47s);
            protectionPlans = List.copyOf(protectionPlans);
        }
    }

    /** AssessmentActualStartDate, AssessmentAuthorisationDate and the FactorsIdentifiedAtAssessment. */
    public record Assessment(LocalDate start, LocalDate authorised, List<String> factors) {
        public Assessment {
            factors = List.copyOf(factors);
        }
    }

    /** CINPlanStartDate and CINPlanEndDate. */
    public record PlanDates(LocalDate start, LocalDate end) {
    }

    /** S47ActualStartDate, InitialCPCtarget, DateOfInitialCPC and ICPCnotRequired. */
    public record Section47(LocalDate start, LocalDate initialCpcTarget, LocalDate dateOfInitialCpc,
                            boolean icpcNotRequired) {
    }

    /**
     * CPPstartDate, CPPendDate, Initial and LatestCategoryOfAbuse, NumberOfPreviousCPP (the child's
     * plans recorded here that began before this one) and the review dates (CPPreviewDate).
     */
    public record ProtectionPlan(LocalDate start, LocalDate end, String initialCategory, String latestCategory,
                                 int previousPlans, List<LocalDate> reviews) {
        public ProtectionPlan {
            reviews = List.copyOf(reviews);
        }
    }
}
