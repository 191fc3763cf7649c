package org.harbour.youthjustice.plan.domain;

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
import java.util.Optional;

/** An intervention of the child's plan: its type, start and end, sessions offered and attended, and completion. */
@Entity(name = "YjIntervention")
@Table(name = "youth_justice_intervention")
public class Intervention extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private InterventionType type;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "sessions_offered", nullable = false)
    private int sessionsOffered;

    @Column(name = "sessions_attended", nullable = false)
    private int sessionsAttended;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Completion completion = Completion.ONGOING;

    protected Intervention() {
    }

    public Intervention(long personId, InterventionType type, LocalDate startedOn, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.type = type;
        this.startedOn = startedOn;
    }

    /**
     * Why this progress cannot be recorded, if it cannot: sessions attended are at most those
     * offered; an ended intervention is completed or not and has an end not before its start; a
     * running one has no end.
     */
    public Optional<RuleBroken> refusal(int offered, int attended, LocalDate ended, Completion state) {
        List<RuleBroken> problems = new ArrayList<>();
        if (offered < 0 || attended < 0) {
            problems.add(new RuleBroken("sessionsOffered", "Sessions are counted from 0."));
        } else if (attended > offered) {
            problems.add(new RuleBroken("sessionsAttended", "The child cannot attend more sessions than were offered."));
        }
        if (state == Completion.ONGOING && ended != null) {
            problems.add(new RuleBroken("completion", "An intervention that has ended is completed or not: say which."));
        }
        if (state != Completion.ONGOING && ended == null) {
            problems.add(new RuleBroken("endedOn", "Enter the day the intervention ended."));
        }
        if (ended != null && ended.isBefore(startedOn)) {
            problems.add(new RuleBroken("endedOn", "An intervention cannot end before it began."));
        }
        return problems.stream().findFirst();
    }

    public void progress(int offered, int attended, LocalDate ended, Completion state) {
        refusal(offered, attended, ended, state).ifPresent(p -> {
            throw new IllegalArgumentException(p.message());
        });
        this.sessionsOffered = offered;
        this.sessionsAttended = attended;
        this.endedOn = ended;
        this.completion = state;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public InterventionType getType() {
        return type;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public int getSessionsOffered() {
        return sessionsOffered;
    }

    public int getSessionsAttended() {
        return sessionsAttended;
    }

    public Completion getCompletion() {
        return completion;
    }
}
