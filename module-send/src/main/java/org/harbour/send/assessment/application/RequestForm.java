package org.harbour.send.assessment.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.harbour.send.assessment.domain.RequestSource;

import java.io.Serializable;
import java.time.LocalDate;

/** A new request for an EHC needs assessment: the day it was received starts the 20-week clock. */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day the request was received.")
    @PastOrPresent(message = "A request cannot be received in the future.")
    private LocalDate receivedOn;

    @NotNull(message = "Say who made the request.")
    private RequestSource source;

    private boolean inYouthCustody;

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public RequestSource getSource() {
        return source;
    }

    public void setSource(RequestSource source) {
        this.source = source;
    }

    public boolean isInYouthCustody() {
        return inYouthCustody;
    }

    public void setInYouthCustody(boolean inYouthCustody) {
        this.inYouthCustody = inYouthCustody;
    }
}
