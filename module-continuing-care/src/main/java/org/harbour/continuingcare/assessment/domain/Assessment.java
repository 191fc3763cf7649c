package org.harbour.continuingcare.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The health assessor's Decision Support Tool for one referral: health data, shown only to those who need it. */
@Entity
@Table(name = "continuing_care_assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false, unique = true)
    private long referralId;

    @ElementCollection
    @CollectionTable(name = "continuing_care_domain_level", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<DomainLevel> levels = new ArrayList<>();

    @Column(length = 4000)
    private String preferences;

    @Column(name = "mdt_reports", length = 4000)
    private String mdtReports;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Recommendation recommendation;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Assessment() {
    }

    public Assessment(long referralId) {
        this.referralId = referralId;
    }

    public void record(List<DomainLevel> levels, String preferences, String mdtReports, Recommendation recommendation) {
        this.levels.clear();
        this.levels.addAll(levels);
        this.preferences = preferences;
        this.mdtReports = mdtReports;
        this.recommendation = recommendation;
    }

    public void complete(LocalDate on) {
        this.completedOn = on;
    }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getReferralId() {
        return referralId;
    }

    public List<DomainLevel> getLevels() {
        return levels;
    }

    public String getPreferences() {
        return preferences;
    }

    public String getMdtReports() {
        return mdtReports;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
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
