package org.harbour.core.lookedafter.application;

import org.harbour.core.lookedafter.domain.MissingEpisode;

import java.time.LocalDate;

/** A missing or away episode as read back, with the version to send when changing it. */
public record MissingEpisodeView(long id, String kind, LocalDate start, LocalDate end, boolean interviewOffered,
                                 boolean interviewAccepted, String recordedBy, long version) implements java.io.Serializable {

    public static MissingEpisodeView of(MissingEpisode m) {
        return new MissingEpisodeView(m.getId(), m.getKind(), m.getStart(), m.getEnd(), m.isInterviewOffered(),
                m.isInterviewAccepted(), m.getRecordedBy(), m.getVersion());
    }

    public String getKindLabel() {
        return "A".equals(kind) ? "Away without authorisation" : "Missing";
    }

    public long getId() { return id; }
    public String getKind() { return kind; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
    public boolean isInterviewOffered() { return interviewOffered; }
    public boolean isInterviewAccepted() { return interviewAccepted; }
    public long getVersion() { return version; }
}
