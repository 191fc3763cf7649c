package org.harbour.youthjustice.victim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A victim of a child's offence and the service's contact with them, as the YJB's victims KPI
 * counts it: consent to contact, views sought before decisions, kept informed, support and
 * restorative justice offered. Shown only to those who hold {@code youth-justice:victims}.
 */
@Entity(name = "YjVictim")
@Table(name = "youth_justice_victim")
public class Victim extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The child whose offence it was: the record the victim's details are kept under. */
    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "offence_id", nullable = false)
    private long offenceId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "contact_details", length = 300)
    private String contactDetails;

    /** Null until the victim has been asked. */
    @Column(name = "consent_to_contact")
    private Boolean consentToContact;

    @Column(name = "consent_asked_on")
    private LocalDate consentAskedOn;

    @Column(name = "views_sought", nullable = false)
    private boolean viewsSought;

    @Column(name = "kept_informed", nullable = false)
    private boolean keptInformed;

    @Column(name = "support_offered", nullable = false)
    private boolean supportOffered;

    @Column(name = "restorative_justice_offered", nullable = false)
    private boolean restorativeJusticeOffered;

    protected Victim() {
    }

    public Victim(long personId, long offenceId, String name, String contactDetails, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.offenceId = offenceId;
        this.name = name;
        this.contactDetails = contactDetails;
    }

    /**
     * The service's contact as it now stands. Without the victim's consent the service may not
     * contact them, so it cannot have sought views, kept them informed or offered anything.
     */
    public void contact(Boolean consent, LocalDate askedOn, boolean views, boolean informed, boolean support, boolean restorative) {
        if (consent != null && askedOn == null) {
            throw new IllegalArgumentException("Say when the victim was asked for consent");
        }
        if (!Boolean.TRUE.equals(consent) && (views || informed || support || restorative)) {
            throw new IllegalArgumentException("No contact without the victim's consent");
        }
        this.consentToContact = consent;
        this.consentAskedOn = consent == null ? null : askedOn;
        this.viewsSought = views;
        this.keptInformed = informed;
        this.supportOffered = support;
        this.restorativeJusticeOffered = restorative;
    }

    public void details(String name, String contactDetails) {
        this.name = name;
        this.contactDetails = contactDetails;
    }

    public Long getId() {
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
}
