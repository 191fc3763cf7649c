package org.harbour.youthjustice.court.application;

import org.harbour.youthjustice.court.domain.BailSupport;

import java.io.Serializable;
import java.time.LocalDate;

/** Bail supervision or support as pages and the API show it. */
public class BailView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String kind;
    private final String kindLabel;
    private final LocalDate startedOn;
    private final LocalDate endedOn;
    private final String conditions;
    private final boolean electronicMonitoring;
    private final long version;

    public BailView(BailSupport b) {
        this.id = b.getId();
        this.personId = b.getPersonId();
        this.kind = b.getKind().name();
        this.kindLabel = b.getKind().getLabel();
        this.startedOn = b.getStartedOn();
        this.endedOn = b.getEndedOn();
        this.conditions = b.getConditions();
        this.electronicMonitoring = b.isElectronicMonitoring();
        this.version = b.getVersion();
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

    public String getConditions() {
        return conditions;
    }

    public boolean isElectronicMonitoring() {
        return electronicMonitoring;
    }

    public long getVersion() {
        return version;
    }
}
