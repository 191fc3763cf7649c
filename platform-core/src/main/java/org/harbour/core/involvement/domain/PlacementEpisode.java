package org.harbour.core.involvement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One episode of a looked-after period, as the SSDA903 Episodes table has it: a legal status and a
 * placement from one date; a change of either starts a new episode. Episodes of one period lie
 * within it and never overlap (see {@link InvolvementRules}).
 */
@Entity
@Table(name = "core_placement_episode")
public class PlacementEpisode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_id", nullable = false, updatable = false)
    private long periodId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "legal_status", nullable = false, length = 4)
    private String legalStatus;

    @Column(name = "placement_type", nullable = false, length = 4)
    private String placementType;

    @Column(name = "placement_provider", nullable = false, length = 4)
    private String placementProvider;

    @Column(name = "reason_new_episode", nullable = false, length = 2)
    private String reasonNewEpisode;

    @Column(name = "reason_ceased", length = 4)
    private String reasonCeased;

    @Column(name = "reason_place_change", length = 6)
    private String reasonPlaceChange;

    @Column(name = "placement_postcode", length = 8)
    private String placementPostcode;

    /** PL_LA: the DfE code of the local authority the placement is in. */
    @Column(name = "placement_la", length = 3)
    private String placementLocalAuthority;

    /** PL_LOCATION: {@code IN} or {@code OUT} of the placing authority's boundary. */
    @Column(name = "placement_location", length = 3)
    private String placementLocation;

    /** PL_DISTANCE: miles from the child's home to the placement, to one decimal place. */
    @Column(name = "placement_distance", precision = 4, scale = 1)
    private BigDecimal placementDistance;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected PlacementEpisode() {
    }

    public PlacementEpisode(long periodId, long personId, LocalDate startDate, String recordedBy, Instant recordedAt) {
        this.periodId = periodId;
        this.personId = personId;
        this.startDate = startDate;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    /**
     * Whether this episode and the other cover some of the same time. As in SSDA903, one episode may
     * end on the day the next begins; an open end runs on for ever.
     */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        boolean startsBeforeOtherEnds = otherEnd == null || startDate.isBefore(otherEnd);
        boolean endsAfterOtherStarts = endDate == null || endDate.isAfter(otherStart);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public Long getId() {
        return id;
    }

    public long getPeriodId() {
        return periodId;
    }

    public long getPersonId() {
        return personId;
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

    public String getPlacementLocalAuthority() {
        return placementLocalAuthority;
    }

    public void setPlacementLocalAuthority(String placementLocalAuthority) {
        this.placementLocalAuthority = placementLocalAuthority;
    }

    public String getPlacementLocation() {
        return placementLocation;
    }

    public void setPlacementLocation(String placementLocation) {
        this.placementLocation = placementLocation;
    }

    public BigDecimal getPlacementDistance() {
        return placementDistance;
    }

    public void setPlacementDistance(BigDecimal placementDistance) {
        this.placementDistance = placementDistance;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public long getVersion() {
        return version;
    }
}
