package org.harbour.performance.indicators.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.IndicatorDefinition;

import java.util.List;

/** Backs performance/catalogue.xhtml: every indicator with its definition, unit, polarity, target and source. */
@Named
@RequestScoped
public class CataloguePage {

    @Inject
    private IndicatorCatalogue catalogue;

    private List<IndicatorDefinition> indicators;

    public List<IndicatorDefinition> getIndicators() {
        if (indicators == null) {
            indicators = catalogue.all();
        }
        return indicators;
    }
}
