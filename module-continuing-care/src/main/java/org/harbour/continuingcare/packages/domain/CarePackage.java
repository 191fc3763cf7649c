package org.harbour.continuingcare.packages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/** A package of care or placement for a child: provider, type, dates, weekly cost and quality. */
@Entity
@Table(name = "continuing_care_package")
public class CarePackage {

    /** Annual cost is the weekly cost over a 52-week year, as commissioners quote it. */
    public static final int WEEKS_A_YEAR = 52;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false)
    private long referralId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 200)
    private String provider;

    @Enumerated(EnumType.STRING)
    @Column(name = "package_type", nullable = false, length = 30)
    private PackageType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PackageStatus status = PackageStatus.PROPOSED;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "weekly_cost", nullable = false, precision = 12, scale = 2)
    private BigDecimal weeklyCost;

    @Enumerated(EnumType.STRING)
    @Column(name = "quality_rating", length = 30)
    private QualityRating qualityRating;

    @Column(name = "rated_on")
    private LocalDate ratedOn;

    @Column(name = "quality_note", length = 2000)
    private String qualityNote;

    @Column(name = "clinical_review_required", nullable = false)
    private boolean clinicalReviewRequired;

    @Column(name = "clinical_review_done_on")
    private LocalDate clinicalReviewDoneOn;

    @Column(name = "clinical_review_outcome", length = 2000)
    private String clinicalReviewOutcome;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** Null until the package is first changed after it was recorded. */
    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected CarePackage() {
    }

    public CarePackage(long referralId, long personId, String by, Instant at) {
        this.referralId = referralId;
        this.personId = personId;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public BigDecimal getAnnualCost() {
        return annual(weeklyCost);
    }

    public static BigDecimal annual(BigDecimal weekly) {
        return weekly == null ? null : weekly.multiply(BigDecimal.valueOf(WEEKS_A_YEAR)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Running on the day: agreed, started, not ended. */
    public boolean isActiveOn(LocalDate day) {
        return isAgreed() && !startDate.isAfter(day) && !hasEndedBy(day);
    }

    /** Its end date is before the day. */
    public boolean hasEndedBy(LocalDate day) {
        return endDate != null && endDate.isBefore(day);
    }

    /** Proposed and not yet agreed: the only state from which it can be agreed. */
    public boolean isProposed() {
        return status == PackageStatus.PROPOSED;
    }

    /** Agreed by commissioning: it runs from its start date and is reviewed. */
    public boolean isAgreed() {
        return status == PackageStatus.AGREED;
    }

    /** Residential placements are commissioned outside the panel; every other package waits for an eligible decision. */
    public boolean mayBeAgreed(boolean foundEligible) {
        return foundEligible || !type.needsPanelDecision();
    }

    public void agree() {
        if (!isProposed()) {
            throw new IllegalStateException("Package " + id + " is " + status + ", not proposed");
        }
        this.status = PackageStatus.AGREED;
    }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    /** Who changed it last (or recorded it), for edit conflicts. */
    public String getChangedBy() {
        return stamp != null ? stamp.getUpdatedBy() : recordedBy;
    }

    public Instant getChangedAt() {
        return stamp != null ? stamp.getUpdatedAt() : recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getReferralId() {
        return referralId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public PackageType getType() {
        return type;
    }

    public void setType(PackageType type) {
        this.type = type;
    }

    public PackageStatus getStatus() {
        return status;
    }

    public void setStatus(PackageStatus status) {
        this.status = status;
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

    public BigDecimal getWeeklyCost() {
        return weeklyCost;
    }

    public void setWeeklyCost(BigDecimal weeklyCost) {
        this.weeklyCost = weeklyCost;
    }

    public QualityRating getQualityRating() {
        return qualityRating;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }

    public void rate(QualityRating rating, LocalDate on, String note) {
        this.qualityRating = rating;
        this.ratedOn = on;
        this.qualityNote = note;
    }

    public String getQualityNote() {
        return qualityNote;
    }

    /** The required clinical review was held on the day, with what it concluded. */
    public void clinicalReviewDone(LocalDate on, String outcome) {
        this.clinicalReviewDoneOn = on;
        this.clinicalReviewOutcome = outcome;
    }

    public String getClinicalReviewOutcome() {
        return clinicalReviewOutcome;
    }

    /** Required by the cost and not yet held. */
    public boolean isClinicalReviewOpen() {
        return clinicalReviewRequired && clinicalReviewDoneOn == null;
    }

    public boolean isClinicalReviewRequired() {
        return clinicalReviewRequired;
    }

    public void setClinicalReviewRequired(boolean clinicalReviewRequired) {
        this.clinicalReviewRequired = clinicalReviewRequired;
    }

    public LocalDate getClinicalReviewDoneOn() {
        return clinicalReviewDoneOn;
    }

    public void setClinicalReviewDoneOn(LocalDate clinicalReviewDoneOn) {
        this.clinicalReviewDoneOn = clinicalReviewDoneOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
