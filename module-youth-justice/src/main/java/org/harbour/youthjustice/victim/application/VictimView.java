package org.harbour.youthjustice.victim.application;

import org.harbour.youthjustice.victim.domain.Victim;

import java.io.Serializable;
import java.time.LocalDate;

/** A victim and the service's contact with them, for those who hold the victims permission. */
public class VictimView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final long offenceId;
    private final String name;
    private final String contactDetails;
    private final Boolean consentToContact;
    private final LocalDate consentAskedOn;
    private final boolean viewsSought;
    private final boolean keptInformed;
    private final boolean supportOffered;
    private final boolean restorativeJusticeOffered;
    private final long version;

    public VictimView(Victim v) {
        this.id = v.getId();
        this.personId = v.getPersonId();
        this.offenceId = v.getOffenceId();
        this.name = v.getName();
        this.contactDetails = v.getContactDetails();
        this.consentToContact = v.getConsentToContact();
        this.consentAskedOn = v.getConsentAskedOn();
        this.viewsSought = v.isViewsSought();
        this.keptInformed = v.isKeptInformed();
        this.supportOffered = v.isSupportOffered();
        this.restorativeJusticeOffered = v.isRestorativeJusticeOffered();
        this.version = v.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getOffenceId() {
        return offenceId;
    }

    public String getName() {
        return name;
    }

    public String getContactDetails() {
        return contactDetails;
    }

    public Boolean getConsentToContact() {
        return consentToContact;
    }

    public String getConsentInWords() {
        return consentToContact == null ? "Not yet asked" : consentToContact ? "Consented to contact" : "Declined contact";
    }

    public LocalDate getConsentAskedOn() {
        return consentAskedOn;
    }

    public boolean isViewsSought() {
        return viewsSought;
    }

    public boolean isKeptInformed() {
        return keptInformed;
    }

    public boolean isSupportOffered() {
        return supportOffered;
    }

    public boolean isRestorativeJusticeOffered() {
        return restorativeJusticeOffered;
    }

    public long getVersion() {
        return version;
    }
}
