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
    private SufficiencyView figures;

    public SufficiencyView getFigures() {
        if (figures == null) {
            figures = PageActions.attempt(() -> sufficiency.figures(whole(target), amount(inCityPlaceCost)));
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
