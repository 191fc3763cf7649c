package org.harbour.youthjustice.assessment.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An assessment of the child: its type, author, the days it was started, completed and
 * countersigned, its three ratings and the day it is next reviewed. The rules are
 * {@link AssessmentRules}'; this refuses what they refuse.
 */
@Entity(name = "YjAssessment")
@Table(name = "youth_justice_assessment")
public class Assessment extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AssessmentType type;

    @Column(nullable = false, length = 80)
    private String author;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "completion_due_on", nullable = false)
    private LocalDate completionDueOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "likelihood_of_reoffending", length = 10)
    private Rating likelihoodOfReoffending;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_of_serious_harm", length = 10)
    private Rating riskOfSeriousHarm;

    @Enumerated(EnumType.STRING)
    @Column(name = "safety_and_wellbeing", length = 10)
    private Rating safetyAndWellbeing;

    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;

    @Column(name = "countersigned_on")
    private LocalDate countersignedOn;

    @Column(name = "countersigned_by", length = 80)
    private String countersignedBy;

    protected Assessment() {
    }

    public Assessment(long personId, AssessmentType type, String author, LocalDate startedOn, LocalDate completionDueOn,
                      String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.type = type;
        this.author = author;
        this.startedOn = startedOn;
        this.completionDueOn = completionDueOn;
    }

    /** Completion with its ratings; the review day is the one entered or the latest the ratings allow. */
    public void complete(LocalDate on, Ratings ratings, LocalDate reviewEntered) {
        require(AssessmentRules.problems(type, startedOn, on, ratings, reviewEntered, countersignedOn, author, countersignedBy));
        this.completedOn = on;
        this.likelihoodOfReoffending = ratings.reoffending();
        this.riskOfSeriousHarm = ratings.seriousHarm();
        this.safetyAndWellbeing = ratings.safetyAndWellbeing();
        this.reviewDueOn = AssessmentRules.reviewDue(on, ratings, reviewEntered);
    }

    public void countersign(LocalDate on, String by) {
        require(AssessmentRules.problems(type, startedOn, completedOn, ratings(), null, on, author, by));
        this.countersignedOn = on;
        this.countersignedBy = by;
    }

    private static void require(List<RuleBroken> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
    }

    public Ratings ratings() {
        return new Ratings(likelihoodOfReoffending, riskOfSeriousHarm, safetyAndWellbeing);
    }

    public boolean isCompleted() {
        return completedOn != null;
    }

    /** Overdue: not completed after its completion day, or completed and not reviewed by its review day. */
    public boolean isOverdue(LocalDate today) {
        LocalDate due = dueOn();
        return due != null && due.isBefore(today);
    }

    /** What is next due: completion while in progress, else the review. */
    public LocalDate dueOn() {
        return completedOn == null ? completionDueOn : reviewDueOn;
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public AssessmentType getType() { return type; }
    public String getAuthor() { return author; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getCompletionDueOn() { return completionDueOn; }
    public LocalDate getCompletedOn() { return completedOn; }
    public LocalDate getReviewDueOn() { return reviewDueOn; }
    public LocalDate getCountersignedOn() { return countersignedOn; }
    public String getCountersignedBy() { return countersignedBy; }
}
