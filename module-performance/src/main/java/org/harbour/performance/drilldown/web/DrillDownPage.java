package org.harbour.performance.drilldown.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.drilldown.application.DrillDown;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.IndicatorDefinition;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.indicators.web.MonthParameter;
import org.harbour.performance.slices.domain.SliceDimension;
import org.harbour.performance.snapshots.application.Snapshots;

import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;

/** Backs performance/children.xhtml: the children behind one indicator's figure for one month. */
@Named
@ViewScoped
public class DrillDownPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DrillDown drillDown;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private Snapshots snapshots;

    private String indicator;
    private String month;
    private String by;
    private String slice;
    private IndicatorDefinition definition;
    private YearMonth yearMonth;
    private DrillDown.Result result;
    private String refusal;

    public void load() {
        MonthParameter param = MonthParameter.parse(month, YearMonth.now(Clock.systemUTC()).minusMonths(1));
        yearMonth = param.month();
        definition = indicator == null ? null : catalogue.find(indicator).orElse(null);
        if (definition == null) {
            refusal = "There is no indicator '" + (indicator == null ? "" : indicator) + "'.";
            return;
        }
        SliceDimension dimension = null;
        if (by != null && !by.isBlank()) {
            dimension = SliceDimension.parse(by.trim());
            if (dimension == null) {
                refusal = "There is no breakdown by '" + by + "'.";
                return;
            }
        }
        try {
            result = drillDown.children(indicator, yearMonth, dimension, dimension == null ? null : slice);
        } catch (ActionRefusedException | InvalidInputException e) {
            refusal = e.getMessage();
        }
    }

    public String getMonthValue() {
        return yearMonth == null ? "" : yearMonth.toString();
    }

    public String getMonthLabel() {
        return yearMonth == null ? "" : yearMonth.format(MonthParameter.LABEL);
    }

    /** The frozen figure, when the month is frozen and its numerator or denominator differs from today's records. */
    public String getFrozenNote() {
        if (result == null) {
            return null;
        }
        return snapshots.snapshot(yearMonth).filter(s -> s.isFrozen())
                .flatMap(s -> java.util.Optional.ofNullable(snapshots.stored(
                        Window.single(yearMonth)).get(indicator)))
                .map(m -> m.get(yearMonth))
                .filter(f -> f.numerator() != result.wholeNumerator()
                        || !java.util.Objects.equals(f.denominator(), result.wholeDenominator()))
                .map(f -> "The frozen figure for this month counted " + counted(f.numerator(), f.denominator())
                        + "; records changed since give " + counted(result.wholeNumerator(), result.wholeDenominator())
                        + ". A recalculation would update the scorecard.")
                .orElse(null);
    }

    private static String counted(long numerator, Long denominator) {
        return denominator == null ? Long.toString(numerator) : numerator + " out of " + denominator;
    }

    public IndicatorDefinition getDefinition() {
        return definition;
    }

    public DrillDown.Result getResult() {
        return result;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getSlice() {
        return slice;
    }

    public void setSlice(String slice) {
        this.slice = slice;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
