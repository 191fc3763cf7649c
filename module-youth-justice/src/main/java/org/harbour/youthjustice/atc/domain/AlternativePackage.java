package org.harbour.youthjustice.atc.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An alternative-to-custody package managed in the community: what it arranges, its risk
 * management plan, and its reviews, each setting the next. The service reviews a package at least
 * every {@link #REVIEW_WITHIN_MONTHS} months, since a child the court might have sent to custody
 * carries the risk that brought them near it.
 */
@Entity(name = "YjAlternativePackage")
@Table(name = "youth_justice_atc_package")
public class AlternativePackage extends Recorded {

    private static final java.time.format.DateTimeFormatter EN_GB = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static final int REVIEW_WITHIN_MONTHS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "package_summary", nullable = false, length = 2000)
    private String summary;

    @Column(name = "risk_management_plan", nullable = false, length = 4000)
    private String riskManagementPlan;

    @Column(name = "review_due_on", nullable = false)
    private LocalDate reviewDueOn;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected AlternativePackage() {
    }

    public AlternativePackage(long personId, LocalDate startedOn, String summary, String riskManagementPlan, LocalDate reviewDueOn,
                              String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.startedOn = startedOn;
        this.summary = summary;
        this.riskManagementPlan = riskManagementPlan;
        this.reviewDueOn = reviewDueOn;
    }

    /** What is wrong with a new package's first review day. */
    public static List<RuleBroken> startProblems(LocalDate startedOn, LocalDate reviewDueOn) {
        return nextReviewProblems(startedOn, reviewDueOn, "the package began");
    }

    /** What is wrong with a review on {@code reviewedOn} setting the next for {@code nextDueOn}. */
    public List<RuleBroken> reviewProblems(LocalDate reviewedOn, LocalDate nextDueOn) {
        List<RuleBroken> problems = new ArrayList<>();
        if (!isOpen()) {
            problems.add(new RuleBroken("reviewedOn", "The package ended on " + EN_GB.format(endedOn) + ": it is not reviewed."));
            return problems;
        }
        LocalDate earliest = lastReviewedOn == null ? startedOn : lastReviewedOn;
        if (reviewedOn.isBefore(earliest)) {
            problems.add(new RuleBroken("reviewedOn", "A review is on or after " + EN_GB.format(earliest) + " (the start or the last review)."));
            return problems;
        }
        problems.addAll(nextReviewProblems(reviewedOn, nextDueOn, "this review"));
        return problems;
    }

    private static List<RuleBroken> nextReviewProblems(LocalDate from, LocalDate due, String what) {
        List<RuleBroken> problems = new ArrayList<>();
        if (!due.isAfter(from)) {
            problems.add(new RuleBroken("reviewDueOn", "The review is due after " + what + "."));
        } else if (due.isAfter(from.plusMonths(REVIEW_WITHIN_MONTHS))) {
            problems.add(new RuleBroken("reviewDueOn", "The package is reviewed within " + REVIEW_WITHIN_MONTHS + " months: by "
                    + from.plusMonths(REVIEW_WITHIN_MONTHS) + "."));
        }
        return problems;
    }

    public void reviewed(LocalDate on, LocalDate nextDueOn, String revisedPlan) {
        if (!reviewProblems(on, nextDueOn).isEmpty()) {
            throw new IllegalArgumentException(reviewProblems(on, nextDueOn).get(0).message());
        }
        this.lastReviewedOn = on;
        this.reviewDueOn = nextDueOn;
        if (revisedPlan != null && !revisedPlan.isBlank()) {
            this.riskManagementPlan = revisedPlan.strip();
        }
    }

    public void end(LocalDate on) {
        if (!isOpen()) {
            throw new IllegalStateException("Already ended on " + endedOn);
        }
        if (on.isBefore(startedOn)) {
            throw new IllegalArgumentException("A package cannot end before it began");
        }
        this.endedOn = on;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    /** Open and its review day has passed. */
    public boolean isReviewOverdue(LocalDate today) {
        return isOpen() && reviewDueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getRiskManagementPlan() {
        return riskManagementPlan;
    }

    public LocalDate getReviewDueOn() {
        return reviewDueOn;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
