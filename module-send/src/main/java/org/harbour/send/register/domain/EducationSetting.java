package org.harbour.send.register.domain;

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

/**
 * A school, college or other setting a plan may name: its URN (schools, 6 digits) or UKPRN
 * (colleges and other providers, 8 digits), type, and whether it is in the city.
 */
@Entity
@Table(name = "send_setting")
public class EducationSetting {

    public static final int MAX_RESIDENTIAL_WEEKS = 52;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 6)
    private String urn;

    @Column(length = 8)
    private String ukprn;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting_type", nullable = false, length = 30)
    private SettingType type;

    @Column(name = "in_city", nullable = false)
    private boolean inCity;

    /** What the council pays a year for one place (fees or top-up); null until the commissioners record it. */
    @Column(name = "annual_cost_per_place", precision = 10, scale = 2)
    private BigDecimal annualCostPerPlace;

    /** Weeks a year the setting offers residential places (38 term time, 52 all year); null for a day setting. */
    @Column(name = "residential_weeks")
    private Integer residentialWeeks;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected EducationSetting() {
    }

    public EducationSetting(String name, String urn, String ukprn, SettingType type, boolean inCity, String by, Instant at) {
        this.name = name;
        this.urn = urn;
        this.ukprn = ukprn;
        this.type = type;
        this.inCity = inCity;
        this.stamp = Stamp.of(by, at);
    }

    /** The cost a year of one place: pounds and pence from 0 to 999,999.99, or null for not known. */
    public void costPerPlace(BigDecimal annual, String by, Instant at) {
        if (annual != null && (annual.signum() < 0 || annual.compareTo(new BigDecimal("999999.99")) > 0
                || annual.stripTrailingZeros().scale() > 2)) {
            throw new IllegalArgumentException("A place's cost a year is from 0 to 999,999.99 pounds, to the penny.");
        }
        this.annualCostPerPlace = annual == null ? null : annual.setScale(2, RoundingMode.HALF_UP);
        this.stamp = Stamp.of(by, at);
    }

    public BigDecimal getAnnualCostPerPlace() {
        return annualCostPerPlace;
    }

    /** The weeks a year it offers residential places, 1 to 52, or null for a day setting. */
    public void offersResidence(Integer weeks, String by, Instant at) {
        if (weeks != null && (weeks < 1 || weeks > MAX_RESIDENTIAL_WEEKS)) {
            throw new IllegalArgumentException("Residential weeks are 1 to 52 a year (38 for term time, 52 all year), or none.");
        }
        this.residentialWeeks = weeks;
        this.stamp = Stamp.of(by, at);
    }

    public Integer getResidentialWeeks() {
        return residentialWeeks;
    }

    public boolean isResidential() {
        return residentialWeeks != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrn() {
        return urn;
    }

    public String getUkprn() {
        return ukprn;
    }

    public SettingType getType() {
        return type;
    }

    public boolean isInCity() {
        return inCity;
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
