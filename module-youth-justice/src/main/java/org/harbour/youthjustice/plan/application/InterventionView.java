package org.harbour.youthjustice.plan.application;

import org.harbour.youthjustice.plan.domain.Intervention;

import java.io.Serializable;
import java.time.LocalDate;

/** An intervention of the child's plan as pages and the API show it. */
public class InterventionView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String type;
    private final String typeLabel;
    private final LocalDate startedOn;
    private final LocalDate endedOn;
    private final int sessionsOffered;
    private final int sessionsAttended;
    private final String completion;
    private final String completionLabel;
    private final long version;

    public InterventionView(Intervention i) {
        this.id = i.getId();
        this.personId = i.getPersonId();
        this.type = i.getType().name();
        this.typeLabel = i.getType().getLabel();
        this.startedOn = i.getStartedOn();
        this.endedOn = i.getEndedOn();
        this.sessionsOffered = i.getSessionsOffered();
        this.sessionsAttended = i.getSessionsAttended();
        this.completion = i.getCompletion().name();
        this.completionLabel = i.getCompletion().getLabel();
        this.version = i.getVersion();
    }

    public long getId() { return id; }
    public long getPersonId() { return personId; }
    public String getType() { return type; }
    public String getTypeLabel() { return typeLabel; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public int getSessionsOffered() { return sessionsOffered; }
    public int getSessionsAttended() { return sessionsAttended; }
    public String getCompletion() { return completion; }
    public String getCompletionLabel() { return completionLabel; }
    public long getVersion() { return version; }
}
