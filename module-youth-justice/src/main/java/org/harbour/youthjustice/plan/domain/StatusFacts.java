package org.harbour.youthjustice.plan.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import java.util.ArrayList;
import java.util.List;

/**
 * The child's circumstances at the start or end of an order or intervention, as the YJB's KPIs 1 to
 * 5 read them: suitable accommodation; education hours offered and attended, and NEET; SEND need
 * and plan; mental health and substance misuse need, intervention offered and attending.
 */
public record StatusFacts(boolean accommodationSuitable, int educationHoursOffered, int educationHoursAttended, boolean neet,
                          boolean sendNeed, boolean sendPlan,
                          boolean mentalHealthNeed, boolean mentalHealthOffered, boolean mentalHealthAttending,
                          boolean substanceMisuseNeed, boolean substanceMisuseOffered, boolean substanceMisuseAttending) {

    /** A school week: more hours a week than this is a mistake, not a timetable. */
    public static final int MAX_WEEKLY_HOURS = 40;

    /** Every fact that contradicts another; empty when they hang together. */
    public List<RuleBroken> problems() {
        List<RuleBroken> problems = new ArrayList<>();
        if (educationHoursOffered < 0 || educationHoursOffered > MAX_WEEKLY_HOURS) {
            problems.add(new RuleBroken("educationHoursOffered", "Education hours offered are 0 to 40 a week."));
        }
        if (educationHoursAttended < 0 || educationHoursAttended > educationHoursOffered) {
            problems.add(new RuleBroken("educationHoursAttended", "Hours attended are at most the hours offered."));
        }
        if (neet && educationHoursAttended > 0) {
            problems.add(new RuleBroken("neet", "A child attending education is not NEET."));
        }
        if (sendPlan && !sendNeed) {
            problems.add(new RuleBroken("sendPlan", "A SEND plan follows an identified SEND need."));
        }
        chain(problems, "mentalHealth", "mental health", mentalHealthNeed, mentalHealthOffered, mentalHealthAttending);
        chain(problems, "substanceMisuse", "substance misuse", substanceMisuseNeed, substanceMisuseOffered, substanceMisuseAttending);
        return problems;
    }

    /** Need, then an intervention offered, then attending: each step needs the one before. */
    private static void chain(List<RuleBroken> problems, String field, String words, boolean need, boolean offered, boolean attending) {
        if (offered && !need) {
            problems.add(new RuleBroken(field + "Offered", "A " + words + " intervention is offered for an identified need."));
        }
        if (attending && !offered) {
            problems.add(new RuleBroken(field + "Attending", "The child attends a " + words + " intervention that was offered."));
        }
    }
}
