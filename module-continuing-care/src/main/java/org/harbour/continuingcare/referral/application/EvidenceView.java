package org.harbour.continuingcare.referral.application;

import org.harbour.continuingcare.referral.domain.Evidence;

import java.io.Serializable;
import java.time.LocalDate;

/** One checklist line as pages and the API show it. */
public class EvidenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String item;
    private final String label;
    private final boolean required;
    private final LocalDate receivedOn;

    EvidenceView(Evidence e) {
        this.item = e.getItem().name();
        this.label = e.getItem().getLabel();
        this.required = e.getItem().isRequired();
        this.receivedOn = e.getReceivedOn();
    }

    public String getItem() {
        return item;
    }

    public String getLabel() {
        return label;
    }

    public boolean isRequired() {
        return required;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public boolean isReceived() {
        return receivedOn != null;
    }
}
