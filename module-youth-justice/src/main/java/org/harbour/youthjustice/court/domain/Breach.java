package org.harbour.youthjustice.court.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;

/** A failure to comply with an order, what the case manager did about it and, once back in court, what the court did. */
@Entity(name = "YjBreach")
@Table(name = "youth_justice_breach")
public class Breach extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "failed_on", nullable = false)
    private LocalDate failedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BreachAction action;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "court_result", length = 500)
    private String courtResult;

    protected Breach() {
    }

    public Breach(long personId, long orderId, LocalDate failedOn, BreachAction action, String description, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.orderId = orderId;
        this.failedOn = failedOn;
        this.action = action;
        this.description = description;
    }

    /** What the court did with breach proceedings. */
    public void courtDecided(String result) {
        if (action != BreachAction.BREACH_PROCEEDINGS) {
            throw new IllegalStateException("A warning does not go to court");
        }
        this.courtResult = result;
    }

    public Long getId() {
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

    public BreachAction getAction() {
        return action;
    }

    public String getDescription() {
        return description;
    }

    public String getCourtResult() {
        return courtResult;
    }
}
