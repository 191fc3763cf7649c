package org.harbour.performance.forecast.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.performance.forecast.application.Forecasts;
import org.harbour.performance.forecast.domain.DemandForecast;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/** Backs performance/forecast.xhtml: history, editable assumptions, and the projection as a table and a chart. */
@Named
@ViewScoped
public class ForecastPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Forecasts forecasts;

    private Forecasts.View view;
    private long version;
    private Integer entrants;
    private BigDecimal entrantGrowth;
    private BigDecimal leavingShare;
    private BigDecimal populationGrowth;
    private Integer years;

    @PostConstruct
    void load() {
        view = forecasts.view(LocalDate.now(Clock.systemUTC()));
        version = view.assumptions().getVersion();
        entrants = view.assumptions().getEntrantsPerYear();
        entrantGrowth = view.assumptions().getEntrantGrowthPercent();
        leavingShare = view.assumptions().getLeavingSharePercent();
        populationGrowth = view.assumptions().getPopulationGrowthPercent();
        years = view.assumptions().getYearsAhead();
    }

    public void save() {
        try {
            forecasts.change(version, entrants, entrantGrowth, leavingShare, populationGrowth, years);
            Messages.addGlobalInfo("Assumptions saved; the forecast below uses them.");
            load();
        } catch (EditConflictException e) {
            Messages.addGlobalError(e.explanation());
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public String getChartJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder inCare = Json.createArrayBuilder();
        JsonArrayBuilder in = Json.createArrayBuilder();
        JsonArrayBuilder out = Json.createArrayBuilder();
        view.history().forEach(h -> {
            labels.add(Integer.toString(h.year()));
            inCare.add(h.inCareAtEnd());
            in.add(h.entrants());
            out.add(h.leavers());
        });
        for (DemandForecast.Year y : view.years()) {
            labels.add(y.year() + " (forecast)");
            inCare.add(y.inCareAtEnd());
            in.add(y.entrants());
            out.add(y.leavers());
        }
        return Json.createObjectBuilder().add("type", "line").add("data", Json.createObjectBuilder()
                        .add("labels", labels).add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", "In care at year end").add("data", inCare)
                                        .add("borderColor", "#1d4f91"))
                                .add(Json.createObjectBuilder().add("label", "Entering care").add("data", in)
                                        .add("borderColor", "#2e7d32"))
                                .add(Json.createObjectBuilder().add("label", "Leaving care").add("data", out)
                                        .add("borderColor", "#b35c00"))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        // Counts read from zero, so a small change does not look like a large one.
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true))))
                .build().toString();
    }

    public Forecasts.View getView() {
        return view;
    }

    public String getEntrantsUsed() {
        return String.format(java.util.Locale.UK, "%.1f", view.entrantsUsed());
    }

    public String getLeavingShareUsed() {
        return String.format(java.util.Locale.UK, "%.1f%%", view.leavingShareUsed());
    }

    public Integer getEntrants() {
        return entrants;
    }

    public void setEntrants(Integer entrants) {
        this.entrants = entrants;
    }

    public BigDecimal getEntrantGrowth() {
        return entrantGrowth;
    }

    public void setEntrantGrowth(BigDecimal entrantGrowth) {
        this.entrantGrowth = entrantGrowth;
    }

    public BigDecimal getLeavingShare() {
        return leavingShare;
    }

    public void setLeavingShare(BigDecimal leavingShare) {
        this.leavingShare = leavingShare;
    }

    public BigDecimal getPopulationGrowth() {
        return populationGrowth;
    }

    public void setPopulationGrowth(BigDecimal populationGrowth) {
        this.populationGrowth = populationGrowth;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }
}
