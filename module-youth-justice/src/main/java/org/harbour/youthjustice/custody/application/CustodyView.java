package org.harbour.youthjustice.custody.application;

import org.harbour.youthjustice.custody.domain.CustodyEpisode;

import java.io.Serializable;
import java.time.LocalDate;

/** A custody episode as pages and the API show it. */
public class CustodyView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final long orderId;
    private final String orderLabel;
    private final String establishmentType;
    private final String establishmentTypeLabel;
    private final String establishmentName;
    private final LocalDate startedOn;
    private final LocalDate expectedReleaseOn;
    private final LocalDate licenceEndsOn;
    private final LocalDate releasedOn;
    private final LocalDate resettlementPlanOn;
    private final String resettlementPlan;
    private final String releaseAccommodation;
    private final String releaseAccommodationLabel;
    private final Boolean accommodationSuitable;
    private final boolean resettlementOwed;
    private final long version;

    public CustodyView(CustodyEpisode c, String orderLabel) {
        this.id = c.getId();
        this.personId = c.getPersonId();
        this.orderId = c.getOrderId();
        this.orderLabel = orderLabel;
        this.establishmentType = c.getEstablishmentType().name();
        this.establishmentTypeLabel = c.getEstablishmentType().getLabel();
        this.establishmentName = c.getEstablishmentName();
        this.startedOn = c.getStartedOn();
        this.expectedReleaseOn = c.getExpectedReleaseOn();
        this.licenceEndsOn = c.getLicenceEndsOn();
        this.releasedOn = c.getReleasedOn();
        this.resettlementPlanOn = c.getResettlementPlanOn();
        this.resettlementPlan = c.getResettlementPlan();
        this.releaseAccommodation = c.getReleaseAccommodation() == null ? null : c.getReleaseAccommodation().name();
        this.releaseAccommodationLabel = c.getReleaseAccommodation() == null ? null : c.getReleaseAccommodation().getLabel();
        this.accommodationSuitable = c.getReleaseAccommodation() == null ? null : c.getReleaseAccommodation().isSuitable();
        this.resettlementOwed = c.isResettlementOwed();
        this.version = c.getVersion();
    }

    public long getId() { return id; }
    public long getPersonId() { return personId; }
    public long getOrderId() { return orderId; }
    public String getOrderLabel() { return orderLabel; }
    public String getEstablishmentType() { return establishmentType; }
    public String getEstablishmentTypeLabel() { return establishmentTypeLabel; }
    public String getEstablishmentName() { return establishmentName; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getExpectedReleaseOn() { return expectedReleaseOn; }
    public LocalDate getLicenceEndsOn() { return licenceEndsOn; }
    public LocalDate getReleasedOn() { return releasedOn; }
    public LocalDate getResettlementPlanOn() { return resettlementPlanOn; }
    public String getResettlementPlan() { return resettlementPlan; }
    public String getReleaseAccommodation() { return releaseAccommodation; }
    public String getReleaseAccommodationLabel() { return releaseAccommodationLabel; }
    public Boolean getAccommodationSuitable() { return accommodationSuitable; }
    public boolean isResettlementOwed() { return resettlementOwed; }
    public boolean isOpen() { return releasedOn == null; }
    public long getVersion() { return version; }
}
