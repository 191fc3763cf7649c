package org.harbour.send.sen2.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One person of the SEN2 return (module 1, person details) with their requests and, through them,
 * assessments and named plans, already in SEN2's codes; {@code uln} is the unique learner number. Built from the records; validated by
 * {@link Sen2Rules}; written by the XML writer.
 */
public record Sen2Person(long personId, String surname, String forename, LocalDate birthDate, String sex, String ethnicity,
                         String postcode, String upn, String uln, String upnUnknown, List<Sen2Request> requests) {

    public Sen2Person {
        requests = List.copyOf(requests);
    }

    /** A request for an EHC needs assessment (module 2), with its assessment when there was one. */
    public record Sen2Request(LocalDate receivedDate, String requestSource, boolean youthCustody, LocalDate outcomeDate,
                              String outcome, boolean mediation, boolean tribunal, Sen2Assessment assessment) {
    }

    /** The assessment (module 3): outcome, its date, whether late but covered by exceptions, and the named plan. */
    public record Sen2Assessment(String outcome, LocalDate outcomeDate, boolean week20Exception, Sen2Plan plan) {
    }

    /**
     * The named plan (module 4): start, residential (PlanRes), work-based placement (PlanWPB), personal
     * budget (PB) with its kinds, cease date and reason, placements and ranked needs; {@code active}
     * is its ActivePlans part when it was active on the census day, else null.
     */
    public record Sen2Plan(LocalDate startDate, boolean residential, boolean workBased, boolean personalBudget,
                           boolean organisedArrangements, boolean directPayments, LocalDate ceaseDate, String ceaseReason,
                           List<Sen2Placement> placements, List<Sen2Need> needs, Sen2ActivePlan active) {
        public Sen2Plan {
            placements = List.copyOf(placements);
            needs = List.copyOf(needs);
        }
    }

    /**
     * What SEN2's ActivePlans adds for a plan active on the census day: the authority it was
     * transferred in from (TransferLA, null when it began here), the last annual review meeting in
     * the reference period (ReviewMeeting) and the decision after it by the census day (ReviewOutcome:
     * M maintain, A amend, C cease; null while undecided), and the last review meeting held (LastReview).
     */
    public record Sen2ActivePlan(String transferLa, LocalDate reviewMeeting, String reviewOutcome, LocalDate lastReview) {
    }

    /** A named setting: URN for schools, UKPRN for post-16 providers, setting type code and rank. */
    public record Sen2Placement(String urn, String ukprn, String setting, int rank) {
    }

    /** A type of need and its rank (1 the primary need). */
    public record Sen2Need(String type, int rank) {
    }
}
