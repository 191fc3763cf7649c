package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.youthjustice.measures.domain.StatusShare;

/** For the scorecard: the YJB KPI "Substance misuse need: intervention offered, at the end of orders". */
@ApplicationScoped
public class SubstanceMisuseOfferedIndicator extends StatusAtEndIndicator {

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "substance-misuse-offered")
                .title("Substance misuse need: intervention offered, at the end of orders")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.PERCENT).polarity(IndicatorPolarity.HIGHER_IS_BETTER)
                .definition("Orders and interventions ending in the month where a substance misuse intervention had been offered, out of those ending with a substance misuse need identified. A child with more than one ending in the month counts once, as the last found them.")
                .source(SOURCE)
                .build();
    }

    @Override
    protected StatusShare share() {
        return StatusShare.SUBSTANCE_MISUSE_OFFERED;
    }
}
