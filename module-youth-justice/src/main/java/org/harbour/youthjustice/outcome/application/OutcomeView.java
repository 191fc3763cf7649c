package org.harbour.youthjustice.outcome.application;

import org.harbour.youthjustice.outcome.domain.Outcome;

import java.io.Serializable;
import java.time.LocalDate;

/** An outcome as pages and the API show it: its type's words, national code and rung. */
public class OutcomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final Long offenceId;
    private final String type;
    private final String typeLabel;
    private final String nationalCode;
    private final String rung;
    private final LocalDate outcomeOn;
    private final LocalDate quashedOn;
    private final String note;
    private final long version;

    public OutcomeView(Outcome o) {
        this.id = o.getId();
        this.personId = o.getPersonId();
        this.offenceId = o.getOffenceId();
        this.type = o.getType().getCode();
        this.typeLabel = o.getType().getLabel();
        this.nationalCode = o.getType().getNationalCode();
        this.rung = o.getType().getRung().getLabel();
        this.outcomeOn = o.getOutcomeOn();
        this.quashedOn = o.getQuashedOn();
        this.note = o.getNote();
        this.version = o.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getOffenceId() {
        return offenceId;
    }

    public String getType() {
        return type;
    }

    public String getTypeLabel() {
        return typeLabel;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public String getRung() {
        return rung;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public LocalDate getQuashedOn() {
        return quashedOn;
    }

    public boolean isQuashed() {
        return quashedOn != null;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
