package org.harbour.send.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.harbour.send.timescale.domain.EhcTimescales;

import java.time.LocalDate;

/** Advice asked of a professional for the assessment: due 6 weeks after it was asked for. Changed through its request. */
@Entity
@Table(name = "send_advice")
public class AdviceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private EhcRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdviceKind kind;

    @Column(name = "asked_of", nullable = false, length = 200)
    private String askedOf;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    protected AdviceRequest() {
    }

    AdviceRequest(EhcRequest request, AdviceKind kind, String askedOf, LocalDate requestedOn) {
        this.request = request;
        this.kind = kind;
        this.askedOf = askedOf;
        this.requestedOn = requestedOn;
    }

    public LocalDate dueOn() {
        return EhcTimescales.adviceDue(requestedOn);
    }

    public boolean isOutstanding() {
        return receivedOn == null;
    }

    public void received(LocalDate on) {
        if (on.isBefore(requestedOn)) {
            throw new IllegalStateException("Advice cannot arrive before it was asked for.");
        }
        this.receivedOn = on;
    }

    public Long getId() {
        return id;
    }

    public EhcRequest getRequest() {
        return request;
    }

    public AdviceKind getKind() {
        return kind;
    }

    public String getAskedOf() {
        return askedOf;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }
}
