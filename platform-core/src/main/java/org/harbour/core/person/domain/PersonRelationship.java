package org.harbour.core.person.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** "{@code from} is the {@code type} of {@code to}", for a period; stored once, read from both sides. */
@Entity
@Table(name = "core_person_relationship")
public class PersonRelationship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_person_id", nullable = false)
    private Person from;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_person_id", nullable = false)
    private Person to;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_type", nullable = false, length = 20)
    private RelationshipType type;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected PersonRelationship() {
    }

    public PersonRelationship(Person from, Person to, RelationshipType type, LocalDate startedOn, LocalDate endedOn,
                              String recordedBy, Instant recordedAt) {
        if (Objects.equals(from.getId(), to.getId())) {
            throw new IllegalArgumentException("A person cannot be related to themselves");
        }
        this.from = from;
        this.to = to;
        this.type = Objects.requireNonNull(type, "type");
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Person getFrom() {
        return from;
    }

    public Person getTo() {
        return to;
    }

    public RelationshipType getType() {
        return type;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void end(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The other person, seen from {@code personId}'s side. */
    public Person otherThan(long personId) {
        return from.getId() == personId ? to : from;
    }

    /** What the other person is to {@code personId}: "Mother" on the child's side, "Child" on hers. */
    public String roleOfOtherFor(long personId) {
        return from.getId() == personId ? type.getInverseLabel() : type.getLabel();
    }

    public boolean isCurrentOn(LocalDate date) {
        return endedOn == null || !endedOn.isBefore(date);
    }
}
