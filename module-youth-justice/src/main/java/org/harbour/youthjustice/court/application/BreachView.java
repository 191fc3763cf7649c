package org.harbour.youthjustice.court.application;

import org.harbour.youthjustice.court.domain.Breach;

import java.io.Serializable;
import java.time.LocalDate;

/** A breach of an order as pages and the API show it. */
public class BreachView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final long orderId;
    private final LocalDate failedOn;
    private final String action;
    private final String actionLabel;
    private final String description;
    private final String courtResult;
    private final long version;

    public BreachView(Breach b) {
        this.id = b.getId();
        this.personId = b.getPersonId();
        this.orderId = b.getOrderId();
        this.failedOn = b.getFailedOn();
        this.action = b.getAction().name();
        this.actionLabel = b.getAction().getLabel();
        this.description = b.getDescription();
        this.courtResult = b.getCourtResult();
        this.version = b.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getOrderId() {
        return orderId;
    }

    public LocalDate getFailedOn() {
        return failedOn;
    }

    public String getAction() {
        return action;
    }

    public String getActionLabel() {
        return actionLabel;
    }

    public String getDescription() {
        return description;
    }

    public String getCourtResult() {
        return courtResult;
    }

    public long getVersion() {
        return version;
    }
}
