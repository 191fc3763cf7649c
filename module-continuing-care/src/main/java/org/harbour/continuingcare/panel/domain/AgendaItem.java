package org.harbour.continuingcare.panel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A child's question listed at a meeting, and the decision with its reasons once recorded. */
@Entity
@Table(name = "continuing_care_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "referral_id", nullable = false)
    private long referralId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PanelFunction question;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(length = 4000)
    private String reasons;

    @Column(length = 4000)
    private String actions;

    @Column(name = "deferred_until")
    private LocalDate deferredUntil;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "listed_by", nullable = false, length = 80)
    private String listedBy;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    @Version
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(Meeting meeting, long referralId, long personId, String by, Instant at) {
        this.meeting = meeting;
        this.referralId = referralId;
        this.personId = personId;
        this.question = meeting.getPanel().getFunction();
        this.listedBy = by;
        this.listedAt = at;
    }

    public void decide(Outcome outcome, String reasons, String actions, LocalDate deferredUntil, String by, LocalDate on) {
        this.outcome = outcome;
        this.reasons = reasons;
        this.actions = actions;
        this.deferredUntil = deferredUntil;
        this.decidedBy = by;
        this.decidedOn = on;
    }

    public boolean isDecided() {
        return outcome != null && outcome.isFinal();
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public long getReferralId() {
        return referralId;
    }

    public long getPersonId() {
        return personId;
    }

    public PanelFunction getQuestion() {
        return question;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public String getActions() {
        return actions;
    }

    public LocalDate getDeferredUntil() {
        return deferredUntil;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getListedBy() {
        return listedBy;
    }

    public Instant getListedAt() {
        return listedAt;
    }

    public long getVersion() {
        return version;
    }
}
