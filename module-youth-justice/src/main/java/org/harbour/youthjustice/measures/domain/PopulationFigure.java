package org.harbour.youthjustice.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;

/** The 10-17 population of one group of a dimension in one year, as the analyst loaded it. */
@Entity(name = "YjPopulationFigure")
@Table(name = "youth_justice_population")
public class PopulationFigure extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pop_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Dimension dimension;

    @Column(name = "group_code", nullable = false, length = 20)
    private String group;

    @Column(nullable = false)
    private int population;

    protected PopulationFigure() {
    }

    public PopulationFigure(int year, Dimension dimension, String group, int population, String by, Instant at) {
        super(by, at);
        this.year = year;
        this.dimension = dimension;
        this.group = group;
        this.population = population;
    }

    public void correct(int population) {
        this.population = population;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Dimension getDimension() {
        return dimension;
    }

    public String getGroup() {
        return group;
    }

    public int getPopulation() {
        return population;
    }
}
