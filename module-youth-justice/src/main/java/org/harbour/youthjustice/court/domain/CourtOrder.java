package org.harbour.youthjustice.court.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The terms of a court's order, beside the outcome on the ladder it was recorded as: its length,
 * the day of release from custody and its last day as {@link SentenceRules} computed them, and a
 * youth rehabilitation order's requirements.
 */
@Entity(name = "YjCourtOrder")
@Table(name = "youth_justice_court_order")
public class CourtOrder extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "outcome_id", nullable = false)
    private long outcomeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrderKind kind;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    private Integer months;

    @Column(name = "extension_months")
    private Integer extensionMonths;

    @Column(name = "release_on")
    private LocalDate releaseOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "youth_justice_order_requirement", joinColumns = @JoinColumn(name = "order_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "requirement", length = 40)
    private Set<YroRequirement> requirements = EnumSet.noneOf(YroRequirement.class);

    protected CourtOrder() {
    }

    public CourtOrder(long personId, long outcomeId, OrderKind kind, SentenceTerm term, Integer months, Integer extensionMonths,
                      Set<YroRequirement> requirements, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.outcomeId = outcomeId;
        this.kind = kind;
        this.startsOn = term.startsOn();
        this.releaseOn = term.releaseOn();
        this.endsOn = term.endsOn();
        this.months = months;
        this.extensionMonths = extensionMonths;
        if (requirements != null && !requirements.isEmpty()) {
            this.requirements = EnumSet.copyOf(requirements);
        }
    }

    public SentenceTerm term() {
        return new SentenceTerm(startsOn, releaseOn, endsOn);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getOutcomeId() {
        return outcomeId;
    }

    public OrderKind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public Integer getMonths() {
        return months;
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public LocalDate getReleaseOn() {
        return releaseOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Set<YroRequirement> getRequirements() {
        return requirements.isEmpty() ? EnumSet.noneOf(YroRequirement.class) : EnumSet.copyOf(requirements);
    }
}
