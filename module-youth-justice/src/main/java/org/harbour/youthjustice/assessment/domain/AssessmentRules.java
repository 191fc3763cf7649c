package org.harbour.youthjustice.assessment.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When an assessment is due and reviewed, and what hangs together. An assessment is completed
 * within {@link #COMPLETION_WORKING_DAYS} working days of its start. Once completed it is reviewed
 * within {@link #RAISED_REVIEW_MONTHS} months when any rating is high or very high, and within
 * {@link #REVIEW_MONTHS} months otherwise (the service's practice, after the YJB's case management
 * guidance); a review day entered may be earlier than that, never later.
 */
public final class AssessmentRules {

    public static final int COMPLETION_WORKING_DAYS = 20;
    public static final int RAISED_REVIEW_MONTHS = 3;
    public static final int REVIEW_MONTHS = 6;

    private AssessmentRules() {
    }

    /** The latest day the completed assessment may be reviewed by. */
    public static LocalDate latestReview(LocalDate completedOn, Ratings ratings) {
        Rating highest = ratings.highest();
        return completedOn.plusMonths(highest != null && highest.isRaised() ? RAISED_REVIEW_MONTHS : REVIEW_MONTHS);
    }

    /** The review day: the one entered, or else the latest allowed; null while not completed. */
    public static LocalDate reviewDue(LocalDate completedOn, Ratings ratings, LocalDate entered) {
        if (completedOn == null) {
            return null;
        }
        return entered != null ? entered : latestReview(completedOn, ratings);
    }

    /**
     * Every rule the assessment's dates and ratings break: completed not before started;
     * countersigned only once completed, not before, and not by its author; a completed AssetPlus
     * or pre-sentence assessment has all three ratings; ratings only once completed; a review day
     * after completion and no later than the ratings allow.
     */
    public static List<RuleBroken> problems(AssessmentType type, LocalDate startedOn, LocalDate completedOn, Ratings ratings,
                                                   LocalDate reviewDueOn, LocalDate countersignedOn, String author, String countersignedBy) {
        List<RuleBroken> problems = new ArrayList<>();
        if (completedOn != null && startedOn != null && completedOn.isBefore(startedOn)) {
            problems.add(new RuleBroken("completedOn", "An assessment cannot be completed before it was started."));
        }
        if (completedOn == null && ratings.any()) {
            problems.add(new RuleBroken("completedOn", "Ratings are given when the assessment is completed: enter the day."));
        }
        if (completedOn != null && type.isRatingsRequired() && !ratings.complete()) {
            problems.add(new RuleBroken(missingRating(ratings), "A completed " + type.getLabel()
                    + " rates the likelihood of reoffending, the risk of serious harm, and safety and wellbeing."));
        }
        if (reviewDueOn != null) {
            if (completedOn == null) {
                problems.add(new RuleBroken("reviewDueOn", "A review is due once the assessment is completed."));
            } else if (!reviewDueOn.isAfter(completedOn)) {
                problems.add(new RuleBroken("reviewDueOn", "The review is due after the assessment was completed."));
            } else if (reviewDueOn.isAfter(latestReview(completedOn, ratings))) {
                problems.add(new RuleBroken("reviewDueOn", "With these ratings the assessment is reviewed by "
                        + latestReview(completedOn, ratings) + " at the latest."));
            }
        }
        if (countersignedOn != null) {
            if (completedOn == null) {
                problems.add(new RuleBroken("countersignedOn", "An assessment is countersigned once it is completed."));
            } else if (countersignedOn.isBefore(completedOn)) {
                problems.add(new RuleBroken("countersignedOn", "An assessment cannot be countersigned before it was completed."));
            }
            if (countersignedBy != null && countersignedBy.equalsIgnoreCase(author)) {
                problems.add(new RuleBroken("countersignedBy", "An assessment is countersigned by someone other than its author."));
            }
        }
        return problems;
    }

    private static String missingRating(Ratings r) {
        if (r.reoffending() == null) {
            return "likelihoodOfReoffending";
        }
        return r.seriousHarm() == null ? "riskOfSeriousHarm" : "safetyAndWellbeing";
    }
}
