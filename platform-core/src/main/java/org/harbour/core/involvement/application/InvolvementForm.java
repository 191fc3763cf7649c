package org.harbour.core.involvement.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An involvement as staff enter it on the page or send it to the API: the kind and the fields that
 * kind uses, all optional here; the rules say which each kind needs. Field names are those rule
 * violations name.
 */
public class InvolvementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind;
    private Long id;
    private Long version;
    private Long referralId;
    private Long periodId;
    private LocalDate startDate;
    private LocalDate endDate;
    private String sourceCode;
    private String primaryNeed;
    private Boolean nfa;
    private String closureReason;
    private LocalDate completedOn;
    private String factors;
    private String outcomeCode;
    private LocalDate icpcDate;
    private String categoryCode;
    private String latestCategoryCode;
    private String leaverStatus;
    private String inTouch;
    private String activityCode;
    private String accommodationCode;
    private String leadAgency;
    private String legalStatus;
    private String placementType;
    private String placementProvider;
    private String reasonNewEpisode;
    private String reasonCeased;
    private String reasonPlaceChange;
    private String placementPostcode;
    private String placementLocalAuthority;
    private String placementLocation;
    private BigDecimal placementDistance;

    /** The kind, e.g. {@code referral}, {@code cp-plan}, {@code placement-episode}. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The version read; required to update. */
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** The referral an assessment, plan or enquiry belongs to. */
    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    /** The looked-after period a placement episode belongs to. */
    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    /** ReferralSource (contact, referral). */
    public String getSourceCode() {
        return sourceCode;
    }

    public void setSourceCode(String sourceCode) {
        this.sourceCode = sourceCode;
    }

    public String getPrimaryNeed() {
        return primaryNeed;
    }

    public void setPrimaryNeed(String primaryNeed) {
        this.primaryNeed = primaryNeed;
    }

    public Boolean getNfa() {
        return nfa;
    }

    public void setNfa(Boolean nfa) {
        this.nfa = nfa;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    /** Assessment authorisation date. */
    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    /** Factors identified at assessment, codes separated by spaces. */
    public String getFactors() {
        return factors;
    }

    public void setFactors(String factors) {
        this.factors = factors;
    }

    /** Section 47 outcome. */
    public String getOutcomeCode() {
        return outcomeCode;
    }

    public void setOutcomeCode(String outcomeCode) {
        this.outcomeCode = outcomeCode;
    }

    /** Date of the initial child protection conference. */
    public LocalDate getIcpcDate() {
        return icpcDate;
    }

    public void setIcpcDate(LocalDate icpcDate) {
        this.icpcDate = icpcDate;
    }

    /** Child protection plan: initial category of abuse. */
    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getLatestCategoryCode() {
        return latestCategoryCode;
    }

    public void setLatestCategoryCode(String latestCategoryCode) {
        this.latestCategoryCode = latestCategoryCode;
    }

    public String getLeaverStatus() {
        return leaverStatus;
    }

    public void setLeaverStatus(String leaverStatus) {
        this.leaverStatus = leaverStatus;
    }

    public String getInTouch() {
        return inTouch;
    }

    public void setInTouch(String inTouch) {
        this.inTouch = inTouch;
    }

    public String getActivityCode() {
        return activityCode;
    }

    public void setActivityCode(String activityCode) {
        this.activityCode = activityCode;
    }

    public String getAccommodationCode() {
        return accommodationCode;
    }

    public void setAccommodationCode(String accommodationCode) {
        this.accommodationCode = accommodationCode;
    }

    public String getLeadAgency() {
        return leadAgency;
    }

    public void setLeadAgency(String leadAgency) {
        this.leadAgency = leadAgency;
    }

    public String getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(String legalStatus) {
        this.legalStatus = legalStatus;
    }

    public String getPlacementType() {
        return placementType;
    }

    public void setPlacementType(String placementType) {
        this.placementType = placementType;
    }

    public String getPlacementProvider() {
        return placementProvider;
    }

    public void setPlacementProvider(String placementProvider) {
        this.placementProvider = placementProvider;
    }

    public String getReasonNewEpisode() {
        return reasonNewEpisode;
    }

    public void setReasonNewEpisode(String reasonNewEpisode) {
        this.reasonNewEpisode = reasonNewEpisode;
    }

    /** Placement episode, or the open episode when a period closes. */
    public String getReasonCeased() {
        return reasonCeased;
    }

    public void setReasonCeased(String reasonCeased) {
        this.reasonCeased = reasonCeased;
    }

    public String getReasonPlaceChange() {
        return reasonPlaceChange;
    }

    public void setReasonPlaceChange(String reasonPlaceChange) {
        this.reasonPlaceChange = reasonPlaceChange;
    }

    public String getPlacementPostcode() {
        return placementPostcode;
    }

    public void setPlacementPostcode(String placementPostcode) {
        this.placementPostcode = placementPostcode;
    }

    /** PL_LA: the DfE's three-digit code of the local authority the placement is in, or WAL, SCO, NIR, NUK. */
    public String getPlacementLocalAuthority() {
        return placementLocalAuthority;
    }

    public void setPlacementLocalAuthority(String placementLocalAuthority) {
        this.placementLocalAuthority = placementLocalAuthority;
    }

    /** PL_LOCATION: {@code IN} or {@code OUT} of the authority's boundary. */
    public String getPlacementLocation() {
        return placementLocation;
    }

    public void setPlacementLocation(String placementLocation) {
        this.placementLocation = placementLocation;
    }

    /** PL_DISTANCE: miles from home to the placement, 0.0 to 999.9. */
    public BigDecimal getPlacementDistance() {
        return placementDistance;
    }

    public void setPlacementDistance(BigDecimal placementDistance) {
        this.placementDistance = placementDistance;
    }
}
