package org.harbour.youthjustice.measures.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A child who may be referred to Turnaround, with what qualifies them and when the window closes. */
public class TurnaroundView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String childName;
    private final String qualifyingOutcome;
    private final LocalDate outcomeOn;
    private final LocalDate windowEnds;

    public TurnaroundView(long personId, String childName, String qualifyingOutcome, LocalDate outcomeOn, LocalDate windowEnds) {
        this.personId = personId;
        this.childName = childName;
        this.qualifyingOutcome = qualifyingOutcome;
        this.outcomeOn = outcomeOn;
        this.windowEnds = windowEnds;
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public String getQualifyingOutcome() {
        return qualifyingOutcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public LocalDate getWindowEnds() {
        return windowEnds;
    }
}
