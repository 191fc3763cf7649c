package org.harbour.youthjustice.custody.domain;

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
import java.util.ArrayList;
import java.util.List;

/**
 * The custodial part of a sentence served in the secure estate: the order it serves (for a
 * detention and training order, its custody half), the establishment, the days in and out, and
 * resettlement: the plan agreed before release and where the child will live. The expected
 * release and the licence's end are the order's, kept here as they were when custody began.
 */
@Entity(name = "YjCustodyEpisode")
@Table(name = "youth_justice_custody_episode")
public class CustodyEpisode extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "establishment_type", nullable = false, length = 5)
    private EstablishmentType establishmentType;

    @Column(name = "establishment_name", nullable = false, length = 120)
    private String establishmentName;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "expected_release_on")
    private LocalDate expectedReleaseOn;

    @Column(name = "licence_ends_on")
    private LocalDate licenceEndsOn;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @Column(name = "resettlement_plan_on")
    private LocalDate resettlementPlanOn;

    @Column(name = "resettlement_plan", length = 2000)
    private String resettlementPlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_accommodation", length = 30)
    private ReleaseAccommodation releaseAccommodation;

    protected CustodyEpisode() {
    }

    public CustodyEpisode(long personId, long orderId, EstablishmentType type, String name, LocalDate startedOn,
                          LocalDate expectedReleaseOn, LocalDate licenceEndsOn, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.orderId = orderId;
        this.establishmentType = type;
        this.establishmentName = name;
        this.startedOn = startedOn;
        this.expectedReleaseOn = expectedReleaseOn;
        this.licenceEndsOn = licenceEndsOn;
    }

    /** Custody begins on or after the sentence and, when the order has a release day, before it. */
    public static List<RuleBroken> startProblems(LocalDate sentencedOn, LocalDate releaseOn, LocalDate startedOn) {
        List<RuleBroken> problems = new ArrayList<>();
        if (startedOn.isBefore(sentencedOn)) {
            problems.add(new RuleBroken("startedOn", "Custody under a sentence begins on or after the day of sentence."));
        }
        if (releaseOn != null && !startedOn.isBefore(releaseOn)) {
            problems.add(new RuleBroken("startedOn", "Custody begins before the order's release day, " + releaseOn + "."));
        }
        return problems;
    }

    /** The resettlement plan is agreed while in custody (not before it began, not after release) and says something. */
    public List<RuleBroken> planProblems(LocalDate agreedOn, String plan) {
        List<RuleBroken> problems = new ArrayList<>();
        if (agreedOn == null) {
            problems.add(new RuleBroken("resettlementPlanOn", "Enter the day the resettlement plan was agreed."));
        } else if (agreedOn.isBefore(startedOn) || releasedOn != null && agreedOn.isAfter(releasedOn)) {
            problems.add(new RuleBroken("resettlementPlanOn", "The resettlement plan is agreed while the child is in custody."));
        }
        if (plan == null || plan.isBlank()) {
            problems.add(new RuleBroken("resettlementPlan", "Say what the resettlement plan arranges."));
        }
        return problems;
    }

    /** Release: not before custody began, once, and only with a resettlement plan and accommodation arranged. */
    public List<RuleBroken> releaseProblems(LocalDate on) {
        List<RuleBroken> problems = new ArrayList<>();
        if (releasedOn != null) {
            problems.add(new RuleBroken("releasedOn", "The child's release is already recorded."));
        } else if (on.isBefore(startedOn)) {
            problems.add(new RuleBroken("releasedOn", "A child cannot be released before custody began."));
        }
        if (resettlementPlanOn == null) {
            problems.add(new RuleBroken("resettlementPlan", "Record the resettlement plan before the release."));
        }
        if (releaseAccommodation == null) {
            problems.add(new RuleBroken("releaseAccommodation", "Record where the child will live before the release."));
        }
        return problems;
    }

    public void plan(LocalDate agreedOn, String plan, ReleaseAccommodation accommodation) {
        require(planProblems(agreedOn, plan));
        this.resettlementPlanOn = agreedOn;
        this.resettlementPlan = plan.strip();
        this.releaseAccommodation = accommodation;
    }

    public void release(LocalDate on) {
        require(releaseProblems(on));
        this.releasedOn = on;
    }

    private static void require(List<RuleBroken> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
    }

    public boolean isOpen() {
        return releasedOn == null;
    }

    /** Still in custody without a resettlement plan or accommodation arranged. */
    public boolean isResettlementOwed() {
        return isOpen() && (resettlementPlanOn == null || releaseAccommodation == null);
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public long getOrderId() { return orderId; }
    public EstablishmentType getEstablishmentType() { return establishmentType; }
    public String getEstablishmentName() { return establishmentName; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getExpectedReleaseOn() { return expectedReleaseOn; }
    public LocalDate getLicenceEndsOn() { return licenceEndsOn; }
    public LocalDate getReleasedOn() { return releasedOn; }
    public LocalDate getResettlementPlanOn() { return resettlementPlanOn; }
    public String getResettlementPlan() { return resettlementPlan; }
    public ReleaseAccommodation getReleaseAccommodation() { return releaseAccommodation; }
}
