package org.harbour.youthjustice.victim.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A victim of an offence and the service's contact with them. Consent is yes, no or not yet asked
 * (null); views, information, support and restorative justice need consent.
 */
public class VictimForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long offenceId;

    @NotBlank(message = "Name the victim (a person, a business or 'the community').")
    @Size(max = 120, message = "Keep the name to 120 characters.")
    private String name;

    @Size(max = 300, message = "Keep the contact details to 300 characters.")
    private String contactDetails;

    private Boolean consentToContact;

    @PastOrPresent(message = "The victim cannot have been asked in the future.")
    private LocalDate consentAskedOn;

    private boolean viewsSought;
    private boolean keptInformed;
    private boolean supportOffered;
    private boolean restorativeJusticeOffered;
    private Long version;

    public Long getOffenceId() {
        return offenceId;
    }

    public void setOffenceId(Long offenceId) {
        this.offenceId = offenceId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactDetails() {
        return contactDetails;
    }

    public void setContactDetails(String contactDetails) {
        this.contactDetails = contactDetails;
    }

    public Boolean getConsentToContact() {
        return consentToContact;
    }

    public void setConsentToContact(Boolean consentToContact) {
        this.consentToContact = consentToContact;
    }

    public LocalDate getConsentAskedOn() {
        return consentAskedOn;
    }

    public void setConsentAskedOn(LocalDate consentAskedOn) {
        this.consentAskedOn = consentAskedOn;
    }

    public boolean isViewsSought() {
        return viewsSought;
    }

    public void setViewsSought(boolean viewsSought) {
        this.viewsSought = viewsSought;
    }

    public boolean isKeptInformed() {
        return keptInformed;
    }

    public void setKeptInformed(boolean keptInformed) {
        this.keptInformed = keptInformed;
    }

    public boolean isSupportOffered() {
        return supportOffered;
    }

    public void setSupportOffered(boolean supportOffered) {
        this.supportOffered = supportOffered;
    }

    public boolean isRestorativeJusticeOffered() {
        return restorativeJusticeOffered;
    }

    public void setRestorativeJusticeOffered(boolean restorativeJusticeOffered) {
        this.restorativeJusticeOffered = restorativeJusticeOffered;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
