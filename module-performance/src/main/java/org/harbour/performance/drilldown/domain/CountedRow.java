package org.harbour.performance.drilldown.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row behind a figure: a child (measures of children), one event of a child such as a visit with
 * its due date and whether it was on time (measures of events), or a caseholder (measures of
 * workers), with the child's team and worker. {@code numerator} is what the row adds to the
 * numerator; {@code inDenominator} whether it is one of the denominator. {@code reachable} says
 * whether the user may open the child's record: the row is listed either way, linked only then.
 */
public record CountedRow(Long personId, String name, LocalDate dateOfBirth, String what, LocalDate date, LocalDate due,
                         String outcome, long numerator, boolean inDenominator, String team, String worker,
                         boolean reachable) implements Serializable {

    public Long getPersonId() {
        return personId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getWhat() {
        return what;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalDate getDue() {
        return due;
    }

    public String getOutcome() {
        return outcome;
    }

    public long getNumerator() {
        return numerator;
    }

    public boolean isInDenominator() {
        return inDenominator;
    }

    public String getTeam() {
        return team;
    }

    public String getWorker() {
        return worker;
    }

    /** Whether the name links to the child's record: only for a user who may reach it. */
    public boolean isLinked() {
        return reachable && personId != null;
    }

    public boolean isCounted() {
        return numerator > 0;
    }
}
