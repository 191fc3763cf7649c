package org.harbour.pause.costs.domain;

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

/** A saved set of cost-avoidance inputs, named, for the commissioners and the board. */
@Entity
@Table(name = "pause_scenario")
public class Scenario {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private int women;
    @Column(name = "reference_women", nullable = false)
    private int referenceWomen;
    @Column(name = "reference_saving_low", nullable = false, precision = 14, scale = 2)
    private BigDecimal referenceSavingLow;
    @Column(name = "reference_saving_high", nullable = false, precision = 14, scale = 2)
    private BigDecimal referenceSavingHigh;
    @Column(name = "pregnancies_low", nullable = false, precision = 6, scale = 3)
    private BigDecimal pregnanciesPerWomanLow;
    @Column(name = "pregnancies_high", nullable = false, precision = 6, scale = 3)
    private BigDecimal pregnanciesPerWomanHigh;
    @Column(name = "staff_cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal staffCost;
    @Column(name = "programme_cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal programmeCost;
    @Column(name = "local_cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal localCost;
    @Column(name = "licence_share", nullable = false, precision = 14, scale = 2)
    private BigDecimal licenceShare;
    @Column(name = "bespoke_cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal bespokeCost;
    @Column(name = "programme_months", nullable = false)
    private int programmeMonths;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Embedded
    private Stamp stamp;
    @Version
    private long version;

    protected Scenario() {
    }

    public Scenario(String name, CostInputs inputs, String by, Instant at) {
        this.recordedBy = by;
        this.recordedAt = at;
        change(name, inputs);
    }

    public final void change(String name, CostInputs in) {
        this.name = name;
        this.women = in.women();
        this.referenceWomen = in.referenceWomen();
        this.referenceSavingLow = in.referenceSavingLow();
        this.referenceSavingHigh = in.referenceSavingHigh();
        this.pregnanciesPerWomanLow = in.pregnanciesPerWomanLow();
        this.pregnanciesPerWomanHigh = in.pregnanciesPerWomanHigh();
        this.staffCost = in.staffCost();
        this.programmeCost = in.programmeCost();
        this.localCost = in.localCost();
        this.licenceShare = in.licenceShare();
        this.bespokeCost = in.bespokeCost();
        this.programmeMonths = in.programmeMonths();
    }

    public CostInputs inputs() {
        return new CostInputs(women, referenceWomen, referenceSavingLow, referenceSavingHigh, pregnanciesPerWomanLow,
                pregnanciesPerWomanHigh, staffCost, programmeCost, localCost, licenceShare, bespokeCost, programmeMonths);
    }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public long getVersion() { return version; }
    public String getUpdatedBy() { return stamp == null ? recordedBy : stamp.getUpdatedBy(); }
    public Instant getUpdatedAt() { return stamp == null ? recordedAt : stamp.getUpdatedAt(); }
}
