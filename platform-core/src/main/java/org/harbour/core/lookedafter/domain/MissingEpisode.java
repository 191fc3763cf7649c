package org.harbour.core.lookedafter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A time the child was missing from their placement (M) or away from it without authorisation
 * (A), and whether a return interview was offered and accepted: the SSDA903 Missing table.
 */
@Entity(name = "LookedAfterMissingEpisode")
@Table(name = "core_missing_episode")
public class MissingEpisode extends Recorded {

    @Column(name = "missing_kind", nullable = false, length = 1)
    private String kind;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @Column(name = "interview_offered", nullable = false)
    private boolean interviewOffered;

    @Column(name = "interview_accepted", nullable = false)
    private boolean interviewAccepted;

    protected MissingEpisode() {
    }

    public MissingEpisode(long personId, String recordedBy, Instant recordedAt) {
        super(personId, recordedBy, recordedAt);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public boolean isInterviewOffered() {
        return interviewOffered;
    }

    public void setInterviewOffered(boolean interviewOffered) {
        this.interviewOffered = interviewOffered;
    }

    public boolean isInterviewAccepted() {
        return interviewAccepted;
    }

    public void setInterviewAccepted(boolean interviewAccepted) {
        this.interviewAccepted = interviewAccepted;
    }
}
