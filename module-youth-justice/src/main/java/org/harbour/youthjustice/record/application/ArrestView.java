package org.harbour.youthjustice.record.application;

import org.harbour.youthjustice.record.domain.Arrest;

import java.io.Serializable;
import java.time.LocalDate;

/** An arrest as pages and the API show it. */
public class ArrestView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final LocalDate arrestedOn;
    private final LocalDate releasedOn;
    private final boolean detainedOvernight;
    private final String policeStation;
    private final long version;

    public ArrestView(Arrest a) {
        this.id = a.getId();
        this.arrestedOn = a.getArrestedOn();
        this.releasedOn = a.getReleasedOn();
        this.detainedOvernight = a.isDetainedOvernight();
        this.policeStation = a.getPoliceStation();
        this.version = a.getVersion();
    }

    public long getId() {
        return id;
    }

    public LocalDate getArrestedOn() {
        return arrestedOn;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }

    public boolean isDetainedOvernight() {
        return detainedOvernight;
    }

    public String getPoliceStation() {
        return policeStation;
    }

    public long getVersion() {
        return version;
    }
}
