package org.harbour.pause.programme.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The programme's clock: 16 weeks of engagement from allocation, then the intervention of the set
 * number of months (18 by default), with outcomes due at its start (baseline), halfway and at exit.
 */
public final class ProgrammeTimeline {

    public static final int ENGAGEMENT_WEEKS = 16;

    private ProgrammeTimeline() {
    }

    public static LocalDate engagementEnds(LocalDate engagementStarted) {
        return engagementStarted.plusWeeks(ENGAGEMENT_WEEKS);
    }

    public static LocalDate interventionEnds(LocalDate interventionStarted, int months) {
        return interventionStarted.plusMonths(months);
    }

    public static LocalDate midpoint(LocalDate interventionStarted, int months) {
        return interventionStarted.plusDays(ChronoUnit.DAYS.between(interventionStarted, interventionEnds(interventionStarted, months)) / 2);
    }

    /** What is due for a woman in the programme, judged on the day; outcomes already recorded are not due. */
    public static List<Due> due(Participation p, boolean baselineDone, boolean midpointDone, boolean exitDone, int months) {
        List<Due> due = new ArrayList<>();
        if (p.getStage() == Stage.ENGAGEMENT) {
            due.add(new Due("End of the engagement phase: start the intervention or close", engagementEnds(p.getEngagementStartedOn())));
            if (!baselineDone) {
                due.add(new Due("Baseline outcomes", engagementEnds(p.getEngagementStartedOn())));
            }
        }
        if (p.getStage() == Stage.INTERVENTION) {
            LocalDate start = p.getInterventionStartedOn();
            if (!baselineDone) {
                due.add(new Due("Baseline outcomes", start));
            }
            if (!midpointDone) {
                due.add(new Due("Midpoint outcomes", midpoint(start, months)));
            }
            if (!exitDone) {
                due.add(new Due("Exit outcomes and Next Steps", interventionEnds(start, months)));
            }
        }
        return due;
    }

    /** Something due on a day. */
    public record Due(String title, LocalDate dueOn) {
        public boolean overdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }
}
