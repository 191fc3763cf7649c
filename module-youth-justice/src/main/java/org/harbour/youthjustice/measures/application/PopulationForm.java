package org.harbour.youthjustice.measures.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The 10-17 population of one group in one year; {@code version} when correcting a figure already loaded. */
public class PopulationForm {

    @NotNull(message = "Give the year.")
    @Min(value = 2000, message = "Give a year from 2000.")
    @Max(value = 2100, message = "Give a year before 2100.")
    private Integer year;

    @NotBlank(message = "Choose ETHNICITY, SEX, AGE or LOOKED_AFTER.")
    private String dimension;

    @NotBlank(message = "Choose a group of the dimension.")
    private String group;

    @NotNull(message = "Give the population.")
    @Min(value = 0, message = "A population is not negative.")
    @Max(value = 10_000_000, message = "A population of more than ten million is a mistake.")
    private Integer population;

    private Long version;

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getDimension() { return dimension; }
    public void setDimension(String dimension) { this.dimension = dimension; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
