package org.harbour.pause.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A goal of the woman's plan, agreed with her, until achieved (or not). */
@Entity
@Table(name = "pause_goal")
public class Goal extends RecordPart {

    @Column(nullable = false, length = 400)
    private String description;

    @Column(name = "target_on")
    private LocalDate targetOn;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    protected Goal() {
    }

    public Goal(long participationId, String description, LocalDate targetOn, String by, Instant at) {
        super(participationId, by, at);
        this.description = Participation.text("description", description, "Describe the goal.");
        this.targetOn = targetOn;
    }

    public void achieved(LocalDate on) {
        this.achievedOn = on;
    }

    public String getDescription() { return description; }
    public LocalDate getTargetOn() { return targetOn; }
    public LocalDate getAchievedOn() { return achievedOn; }
}
