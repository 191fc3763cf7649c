package org.harbour.performance.populations.domain;

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

import java.time.Instant;

/** The population of an age band in a calendar year: what rates divide by. */
@Entity
@Table(name = "performance_population")
public class Population implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "population_year", nullable = false)
    private int populationYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false)
    private AgeBand ageBand;

    @Column(nullable = false)
    private long population;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Population() {
    }

    public Population(int year, AgeBand ageBand, long population, String by, Instant at) {
        this.populationYear = year;
        this.ageBand = ageBand;
        change(population, by, at);
    }

    public void change(long population, String by, Instant at) {
        this.population = population;
        this.stamp = Stamp.of(by, at);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return populationYear;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public long getPopulation() {
        return population;
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
