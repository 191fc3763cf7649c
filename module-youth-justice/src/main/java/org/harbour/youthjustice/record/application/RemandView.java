package org.harbour.youthjustice.record.application;

import org.harbour.youthjustice.record.domain.Remand;

import java.io.Serializable;
import java.time.LocalDate;

/** A remand as pages and the API show it, with the looked-after period it opened. */
public class RemandView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String kind;
    private final String kindLabel;
    private final LocalDate startedOn;
    private final LocalDate endedOn;
    private final Long lookedAfterPeriodId;
    private final long version;

    public RemandView(Remand r) {
        this.id = r.getId();
        this.personId = r.getPersonId();
        this.kind = r.getKind().name();
        this.kindLabel = r.getKind().getLabel();
        this.startedOn = r.getStartedOn();
        this.endedOn = r.getEndedOn();
        this.lookedAfterPeriodId = r.getLookedAfterPeriodId();
        this.version = r.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getKind() {
        return kind;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    public Long getLookedAfterPeriodId() {
        return lookedAfterPeriodId;
    }

    public long getVersion() {
        return version;
    }
}
