package org.harbour.continuingcare.referral.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A new referral: the day it arrived and the child's needs as the referrer describes them. */
public class ReferralForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day the referral was received.")
    @PastOrPresent(message = "A referral cannot be received in the future.")
    private LocalDate referredOn;

    @NotBlank(message = "Say why the child is referred: the health needs and what is asked for.")
    @Size(max = 2000, message = "Keep the reason to 2,000 characters; attach longer reports as documents.")
    private String reason;

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
