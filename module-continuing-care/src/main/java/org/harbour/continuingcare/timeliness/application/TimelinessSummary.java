package org.harbour.continuingcare.timeliness.application;

import java.io.Serializable;

/** How long children wait for a decision: the module's dashboard figures. */
public class TimelinessSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Double medianDaysToDecision;
    private final int decided;
    private final Long longestWaitingDays;
    private final int waiting;
    private final int pastExpectation;
    private final int expectationWeeks;

    public TimelinessSummary(Double medianDaysToDecision, int decided, Long longestWaitingDays, int waiting,
                             int pastExpectation, int expectationWeeks) {
        this.medianDaysToDecision = medianDaysToDecision;
        this.decided = decided;
        this.longestWaitingDays = longestWaitingDays;
        this.waiting = waiting;
        this.pastExpectation = pastExpectation;
        this.expectationWeeks = expectationWeeks;
    }

    public Double getMedianDaysToDecision() {
        return medianDaysToDecision;
    }

    public int getDecided() {
        return decided;
    }

    public Long getLongestWaitingDays() {
        return longestWaitingDays;
    }

    public int getWaiting() {
        return waiting;
    }

    public int getPastExpectation() {
        return pastExpectation;
    }

    public int getExpectationWeeks() {
        return expectationWeeks;
    }
}
