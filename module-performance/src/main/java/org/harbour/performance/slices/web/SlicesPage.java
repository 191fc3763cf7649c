package org.harbour.performance.slices.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.IndicatorDefinition;
import org.harbour.performance.indicators.domain.Unit;
import org.harbour.performance.indicators.web.MonthParameter;
import org.harbour.performance.slices.application.IndicatorSlices;
import org.harbour.performance.slices.application.RowExport;
import org.harbour.performance.slices.domain.Slice;
import org.harbour.performance.slices.domain.SliceDimension;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Backs performance/slices.xhtml: one counted indicator's figure for a month broken down by the
 * dimension chosen (a plain GET form, so a slice can be bookmarked), with the link to the
 * pseudonymised rows for users who may export them.
 */
@Named
@RequestScoped
public class SlicesPage {

    @Inject
    private IndicatorSlices slices;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private RowExport export;

    @Inject
    private PerformanceAccess access;

    private String indicator;
    private String month;
    private String by;
    private IndicatorDefinition definition;
    private YearMonth yearMonth;
    private SliceDimension dimension;
    private IndicatorSlices.Result result;
    private String problem;

    public void load() {
        MonthParameter param = MonthParameter.parse(month, YearMonth.now(Clock.systemUTC()).minusMonths(1));
        yearMonth = param.month();
        if (param.problem() != null) {
            problem = param.problem();
            return;
        }
        if (yearMonth.getYear() < 1900 || yearMonth.getYear() > 2100) {
            problem = "Choose a month between 1900 and 2100.";
            return;
        }
        definition = indicator == null ? null : catalogue.counted(indicator).map(i -> i.definition()).orElse(null);
        if (definition == null) {
            problem = "There is no indicator counted from records with the id '" + (indicator == null ? "" : indicator)
                    + "'.";
            return;
        }
        dimension = by == null || by.isBlank() ? SliceDimension.TEAM : SliceDimension.parse(by);
        if (dimension == null) {
            problem = "A figure can be broken down by team, worker, age band, sex, ethnicity, legal status or "
                    + "locality, not '" + by + "'.";
            return;
        }
        try {
            result = slices.slices(indicator, yearMonth, dimension);
        } catch (ActionRefusedException | InvalidInputException e) {
            problem = e.getMessage();
        }
    }

    public String value(Slice slice) {
        return slice.valueText(definition.getUnit() == Unit.PERCENT, definition.getUnit() == Unit.AVERAGE);
    }

    public boolean isShowsValue() {
        return definition != null && (definition.getUnit() == Unit.PERCENT || definition.getUnit() == Unit.AVERAGE);
    }

    /** A rate per population: each slice shows the population it is per and its rate. */
    public boolean isShowsRate() {
        return definition != null && definition.getUnit().ageBand() != null;
    }

    public String rate(Slice slice) {
        return slice.rateText(definition.getUnit().per());
    }

    /** Whether any slice is per its own population (an age band's), rather than the whole one. */
    public boolean isAnyOwnPopulation() {
        return result != null && result.slices().stream().anyMatch(Slice::isOwnPopulation);
    }

    /** Whether each slice links to the rows it counts: for those who may list the rows behind figures. */
    public boolean isMayDrillDown() {
        return access.has(PerformanceAccess.DRILL_DOWN);
    }

    public boolean isMayExport() {
        return export.permitted();
    }

    public List<SliceDimension> getDimensions() {
        return List.of(SliceDimension.values());
    }

    public String getMonthLabel() {
        return yearMonth == null ? "" : yearMonth.format(MonthParameter.LABEL);
    }

    public String getMonthValue() {
        return yearMonth == null ? "" : yearMonth.toString();
    }

    public String getDimensionName() {
        return dimension == null ? SliceDimension.TEAM.name() : dimension.name();
    }

    public SliceDimension getDimension() {
        return dimension;
    }

    public IndicatorDefinition getDefinition() {
        return definition;
    }

    public IndicatorSlices.Result getResult() {
        return result;
    }

    public String getProblem() {
        return problem;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }
}
