package org.harbour.performance.enteredfigures.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.comparators.application.ComparatorImport;
import org.harbour.performance.comparators.domain.ComparatorValue;
import org.harbour.performance.enteredfigures.application.EnteredFigures;
import org.harbour.performance.indicators.domain.IndicatorDefinition;
import org.harbour.performance.populations.application.Populations;
import org.harbour.performance.populations.domain.AgeBand;
import org.harbour.performance.populations.domain.Population;
import org.omnifaces.util.Messages;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Backs performance/data.xhtml: population denominators by year, and the comparators import. */
@Named
@ViewScoped
public class DataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Populations populations;

    @Inject
    private ComparatorImport comparators;

    @Inject
    private EnteredFigures entered;

    private String enteredIndicator;
    private String enteredMonth;
    private Long enteredNumerator;
    private Long enteredDenominator;

    public void enterFigure() {
        java.time.YearMonth month;
        try {
            month = java.time.YearMonth.parse(enteredMonth == null ? "" : enteredMonth.trim());
        } catch (java.time.format.DateTimeParseException e) {
            Messages.addError("entered-form:month", "Enter a month like 2026-10");
            return;
        }
        try {
            entered.enter(enteredIndicator, month, enteredNumerator, enteredDenominator);
            Messages.addGlobalInfo("Figure for " + month + " saved; the scorecard shows it.");
        } catch (InvalidInputException e) {
            Messages.addError("entered-form:" + e.getField(), e.getMessage());
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public List<IndicatorDefinition> getEnterable() {
        return entered.enterable();
    }

    public String getEnteredIndicator() {
        return enteredIndicator;
    }

    public void setEnteredIndicator(String enteredIndicator) {
        this.enteredIndicator = enteredIndicator;
    }

    public String getEnteredMonth() {
        return enteredMonth;
    }

    public void setEnteredMonth(String enteredMonth) {
        this.enteredMonth = enteredMonth;
    }

    public Long getEnteredNumerator() {
        return enteredNumerator;
    }

    public void setEnteredNumerator(Long enteredNumerator) {
        this.enteredNumerator = enteredNumerator;
    }

    public Long getEnteredDenominator() {
        return enteredDenominator;
    }

    public void setEnteredDenominator(Long enteredDenominator) {
        this.enteredDenominator = enteredDenominator;
    }

    private List<Population> rows;
    private Integer year;
    private AgeBand band = AgeBand.CHILDREN_0_17;
    private Long population;
    private Long version;
    private transient Part file;
    private List<String> importErrors = List.of();

    @PostConstruct
    void load() {
        rows = populations.all();
    }

    /** Loads a row into the form, with its version, so a later save can tell if someone changed it meanwhile. */
    public void edit(Population p) {
        year = p.getYear();
        band = p.getAgeBand();
        population = p.getPopulation();
        version = p.getVersion();
    }

    public void save() {
        try {
            populations.set(year == null ? 0 : year, band, population == null ? 0 : population, version);
            Messages.addGlobalInfo("Population for " + year + " (" + band.getLabel() + ") saved.");
            version = null;
            load();
        } catch (InvalidInputException e) {
            Messages.addError("population-form:" + e.getField(), e.getMessage());
        } catch (EditConflictException e) {
            Messages.addGlobalError(e.explanation());
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void importComparators() {
        importErrors = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.addError("import-form:file", "Choose a CSV file");
            return;
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ComparatorImport.Outcome outcome = comparators.importCsv(reader);
            if (outcome.ok()) {
                Messages.addGlobalInfo(outcome.imported() + " comparator value(s) imported.");
            } else {
                importErrors = outcome.errors();
                Messages.addError("import-form:file", "Nothing imported: " + outcome.errors().size()
                        + " line(s) need correcting (listed below).");
            }
        } catch (IOException e) {
            Messages.addError("import-form:file", "The file could not be read: " + e.getMessage());
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public List<Population> getRows() {
        return rows;
    }

    public List<ComparatorValue> getComparators() {
        return comparators.all();
    }

    public AgeBand[] getBands() {
        return AgeBand.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public AgeBand getBand() {
        return band;
    }

    public void setBand(AgeBand band) {
        this.band = band;
    }

    public Long getPopulation() {
        return population;
    }

    public void setPopulation(Long population) {
        this.population = population;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<String> getImportErrors() {
        return importErrors;
    }
}
