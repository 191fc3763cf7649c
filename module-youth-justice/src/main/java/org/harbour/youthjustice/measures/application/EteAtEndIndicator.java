package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.youthjustice.measures.domain.StatusShare;

/** For the scorecard: the YJB KPI "Suitable education, training or employment at the end of orders". */
@ApplicationScoped
public class EteAtEndIndicator extends StatusAtEndIndicator {

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "ete-at-end")
                .title("Suitable education, training or employment at the end of orders")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.PERCENT).polarity(IndicatorPolarity.HIGHER_IS_BETTER)
                .definition("Orders and interventions ending in the month where the child was in education, training or employment (not NEET) at the end, out of all those ending with a status taken at the end. Education hours offered and attended are recorded beside it. A child with more than one ending in the month counts once, as the last found them.")
                .source(SOURCE)
                .build();
    }

    @Override
    protected StatusShare share() {
        return StatusShare.ETE;
    }
}
