package org.harbour.core.lookedafter.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A missing or away episode as entered: M or A, start, return (empty while still missing), the return interview. */
public class MissingEpisodeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    private String kind;
    private LocalDate start;
    private LocalDate end;
    private boolean interviewOffered;
    private boolean interviewAccepted;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public boolean isInterviewOffered() { return interviewOffered; }
    public void setInterviewOffered(boolean interviewOffered) { this.interviewOffered = interviewOffered; }
    public boolean isInterviewAccepted() { return interviewAccepted; }
    public void setInterviewAccepted(boolean interviewAccepted) { this.interviewAccepted = interviewAccepted; }
}
