package org.harbour.continuingcare.packages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A review of a child's package held on a day, with what it found. Reviews are not edited afterwards. */
@Entity
@Table(name = "continuing_care_review")
public class PackageReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "package_id", nullable = false)
    private long packageId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(nullable = false, length = 2000)
    private String outcome;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PackageReview() {
    }

    public PackageReview(long packageId, long personId, LocalDate reviewedOn, String outcome, String by, Instant at) {
        this.packageId = packageId;
        this.personId = personId;
        this.reviewedOn = reviewedOn;
        this.outcome = outcome;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPackageId() {
        return packageId;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
