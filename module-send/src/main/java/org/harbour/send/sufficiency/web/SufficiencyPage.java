package org.harbour.send.sufficiency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.sufficiency.application.SufficiencyService;
import org.harbour.send.sufficiency.application.SufficiencyView;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Backs send/sufficiency.xhtml: the figures and the out-of-city model at the target and city place
 * cost in the address (a GET form, so a scenario can be bookmarked), or the council's settings.
 */
@Named
@RequestScoped
public class SufficiencyPage {

    @Inject
    private SufficiencyService sufficiency;

    private String target;
    private String inCityPlaceCost;
    private String growth;
    private String years;
    private String transportTarget;
    private SufficiencyView figures;

    public SufficiencyView getFigures() {
        if (figures == null) {
            figures = PageActions.attempt(() -> sufficiency.figures(whole(target), amount(inCityPlaceCost),
                    number(growth, "growth"), number(years, "years") == null ? null : number(years, "years").intValue(),
                    number(transportTarget, "transportTarget")));
            if (figures == null) {
                figures = sufficiency.figures(null, null);
            }
        }
        return figures;
    }

    private static Integer whole(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("target", "The target is a whole number of places.");
        }
    }

    private static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", "").replace("£", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("inCityPlaceCost", "Give the cost in pounds, such as 25000.");
        }
    }

    private static BigDecimal number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.strip().replace(",", "").replace("£", "").replace("%", ""));
            if (field.equals("years") && n.stripTrailingZeros().scale() > 0) {
                throw new InvalidInputException(field, "Years ahead is a whole number.");
            }
            return n;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(field, "Give a number for " + field + ".");
        }
    }

    public String getDemandChart() {
        return SufficiencyCharts.demand(getFigures());
    }

    public String getTransportChart() {
        return SufficiencyCharts.transport(getFigures());
    }

    /** The scenario in the address, for the exports to carry. */
    public String getQuery() {
        StringBuilder q = new StringBuilder();
        SufficiencyView s = getFigures();
        q.append("target=").append(s.getTarget()).append("&inCityPlaceCost=").append(s.getInCityPlaceCost().toPlainString())
                .append("&growth=").append(s.getDemandGrowthPercent().toPlainString()).append("&years=").append(s.getDemandYears())
                .append("&transportTarget=").append(s.getTransportTarget().toPlainString());
        return q.toString();
    }

    public String getGrowth() {
        return growth;
    }

    public void setGrowth(String growth) {
        this.growth = growth;
    }

    public String getYears() {
        return years;
    }

    public void setYears(String years) {
        this.years = years;
    }

    public String getTransportTarget() {
        return transportTarget;
    }

    public void setTransportTarget(String transportTarget) {
        this.transportTarget = transportTarget;
    }

    /** Pounds as a British reader expects them, e.g. £1,250,000.00. */
    public String pounds(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getInCityPlaceCost() {
        return inCityPlaceCost;
    }

    public void setInCityPlaceCost(String inCityPlaceCost) {
        this.inCityPlaceCost = inCityPlaceCost;
    }
}
