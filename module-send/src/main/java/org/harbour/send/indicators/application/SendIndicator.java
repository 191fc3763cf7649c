package org.harbour.send.indicators.application;

import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.send.indicators.infrastructure.MeasureRowsRepository;

/**
 * What the SEND measures share: their module, outcome group and source, and the rows they count.
 * They read in the caller's transaction and check no permission (see {@link ModuleIndicator}).
 */
abstract class SendIndicator implements ModuleIndicator {

    @Inject
    MeasureRowsRepository rows;

    static final String SOURCE = "SEND records: requests for EHC needs assessments, EHC plans and annual reviews";

    static IndicatorSpec spec(String key, String title, IndicatorUnit unit, IndicatorPolarity polarity, Double target,
                              String definition, String timescale) {
        return spec(key, title, unit, polarity, target, definition, timescale, SOURCE);
    }

    static IndicatorSpec spec(String key, String title, IndicatorUnit unit, IndicatorPolarity polarity, Double target,
                              String definition, String timescale, String source) {
        return IndicatorSpec.of("send", key).title(title).outcomeGroup("RIGHT_SUPPORT").unit(unit).polarity(polarity)
                .target(target).definition(definition).source(source).expectedTimescale(timescale).build();
    }
}
