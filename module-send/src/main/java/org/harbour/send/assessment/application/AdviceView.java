package org.harbour.send.assessment.application;

import org.harbour.send.assessment.domain.AdviceRequest;

import java.io.Serializable;
import java.time.LocalDate;

/** One piece of advice asked for, as pages and the API show it. */
public class AdviceView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String kind;
    private final String kindLabel;
    private final String askedOf;
    private final LocalDate requestedOn;
    private final LocalDate dueOn;
    private final LocalDate receivedOn;
    private final boolean overdue;

    AdviceView(AdviceRequest a, LocalDate today) {
        this.id = a.getId();
        this.kind = a.getKind().name();
        this.kindLabel = a.getKind().getLabel();
        this.askedOf = a.getAskedOf();
        this.requestedOn = a.getRequestedOn();
        this.dueOn = a.dueOn();
        this.receivedOn = a.getReceivedOn();
        this.overdue = a.isOutstanding() && today.isAfter(dueOn);
    }

    public long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public String getAskedOf() {
        return askedOf;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public boolean isOutstanding() {
        return receivedOn == null;
    }
}
