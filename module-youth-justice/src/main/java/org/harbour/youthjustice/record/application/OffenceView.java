package org.harbour.youthjustice.record.application;

import org.harbour.youthjustice.record.domain.Offence;

import java.io.Serializable;
import java.time.LocalDate;

/** An offence as pages and the API show it: the type by its words, the derived serious-violence flag. */
public class OffenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final LocalDate committedOn;
    private final String type;
    private final String typeLabel;
    private final int gravity;
    private final boolean weapon;
    private final boolean seriousViolence;
    private final String description;
    private final long version;

    public OffenceView(Offence o) {
        this.id = o.getId();
        this.personId = o.getPersonId();
        this.committedOn = o.getCommittedOn();
        this.type = o.getType().name();
        this.typeLabel = o.getType().getLabel();
        this.gravity = o.getGravity();
        this.weapon = o.isWeapon();
        this.seriousViolence = o.isSeriousViolence();
        this.description = o.getDescription();
        this.version = o.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getCommittedOn() {
        return committedOn;
    }

    public String getType() {
        return type;
    }

    public String getTypeLabel() {
        return typeLabel;
    }

    public int getGravity() {
        return gravity;
    }

    public boolean isWeapon() {
        return weapon;
    }

    public boolean isSeriousViolence() {
        return seriousViolence;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }
}
