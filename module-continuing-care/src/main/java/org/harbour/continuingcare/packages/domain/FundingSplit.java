package org.harbour.continuingcare.packages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Who pays what share of one package from a date: health (the ICB), social care and education. */
@Entity
@Table(name = "continuing_care_funding_split")
public class FundingSplit {

    public static final BigDecimal WHOLE = new BigDecimal("100.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "package_id", nullable = false)
    private long packageId;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "health_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal health;

    @Column(name = "social_care_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal socialCare;

    @Column(name = "education_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal education;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected FundingSplit() {
    }

    public FundingSplit(long packageId, LocalDate effectiveFrom, BigDecimal health, BigDecimal socialCare,
                        BigDecimal education, String by, Instant at) {
        this.packageId = packageId;
        this.effectiveFrom = effectiveFrom;
        this.health = health;
        this.socialCare = socialCare;
        this.education = education;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Whether the shares add up to exactly 100%, to the hundredth of a percent. */
    public static boolean totalsWhole(BigDecimal health, BigDecimal socialCare, BigDecimal education) {
        return health.add(socialCare).add(education).compareTo(WHOLE) == 0;
    }

    public boolean isEffectiveOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public long getPackageId() {
        return packageId;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public void endOn(LocalDate day) {
        this.effectiveTo = day;
    }

    public BigDecimal getHealth() {
        return health;
    }

    public BigDecimal getSocialCare() {
        return socialCare;
    }

    public BigDecimal getEducation() {
        return education;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
