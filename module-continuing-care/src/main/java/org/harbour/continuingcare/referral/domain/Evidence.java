package org.harbour.continuingcare.referral.domain;

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

import java.time.LocalDate;

/** One item of a referral's checklist and the day it was received, if it has been. */
@Entity
@Table(name = "continuing_care_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private EvidenceItem item;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    protected Evidence() {
    }

    Evidence(Referral referral, EvidenceItem item) {
        this.referral = referral;
        this.item = item;
    }

    public Long getId() {
        return id;
    }

    public EvidenceItem getItem() {
        return item;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public boolean isMissing() {
        return item.isRequired() && receivedOn == null;
    }
}
