package org.harbour.youthjustice.plan.domain;

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

/** The child's status at the start or end of one order or intervention; one of each point per subject. */
@Entity(name = "YjChildStatus")
@Table(name = "youth_justice_status")
public class ChildStatus extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private StatusSubject subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StatusPoint point;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "accommodation_suitable", nullable = false)
    private boolean accommodationSuitable;

    @Column(name = "education_hours_offered", nullable = false)
    private int educationHoursOffered;

    @Column(name = "education_hours_attended", nullable = false)
    private int educationHoursAttended;

    @Column(nullable = false)
    private boolean neet;

    @Column(name = "send_need", nullable = false)
    private boolean sendNeed;

    @Column(name = "send_plan", nullable = false)
    private boolean sendPlan;

    @Column(name = "mental_health_need", nullable = false)
    private boolean mentalHealthNeed;

    @Column(name = "mental_health_offered", nullable = false)
    private boolean mentalHealthOffered;

    @Column(name = "mental_health_attending", nullable = false)
    private boolean mentalHealthAttending;

    @Column(name = "substance_misuse_need", nullable = false)
    private boolean substanceMisuseNeed;

    @Column(name = "substance_misuse_offered", nullable = false)
    private boolean substanceMisuseOffered;

    @Column(name = "substance_misuse_attending", nullable = false)
    private boolean substanceMisuseAttending;

    protected ChildStatus() {
    }

    public ChildStatus(long personId, StatusSubject subjectType, long subjectId, StatusPoint point, LocalDate assessedOn,
                       StatusFacts facts, String by, Instant at) {
        super(by, at);
        if (!facts.problems().isEmpty()) {
            throw new IllegalArgumentException(facts.problems().get(0).message());
        }
        this.personId = personId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.point = point;
        this.assessedOn = assessedOn;
        this.accommodationSuitable = facts.accommodationSuitable();
        this.educationHoursOffered = facts.educationHoursOffered();
        this.educationHoursAttended = facts.educationHoursAttended();
        this.neet = facts.neet();
        this.sendNeed = facts.sendNeed();
        this.sendPlan = facts.sendPlan();
        this.mentalHealthNeed = facts.mentalHealthNeed();
        this.mentalHealthOffered = facts.mentalHealthOffered();
        this.mentalHealthAttending = facts.mentalHealthAttending();
        this.substanceMisuseNeed = facts.substanceMisuseNeed();
        this.substanceMisuseOffered = facts.substanceMisuseOffered();
        this.substanceMisuseAttending = facts.substanceMisuseAttending();
    }

    public StatusFacts facts() {
        return new StatusFacts(accommodationSuitable, educationHoursOffered, educationHoursAttended, neet, sendNeed, sendPlan,
                mentalHealthNeed, mentalHealthOffered, mentalHealthAttending, substanceMisuseNeed, substanceMisuseOffered,
                substanceMisuseAttending);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public StatusSubject getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public StatusPoint getPoint() {
        return point;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }
}
