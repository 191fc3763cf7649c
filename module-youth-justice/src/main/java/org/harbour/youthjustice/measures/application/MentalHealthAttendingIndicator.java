package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.youthjustice.measures.domain.StatusShare;

/** For the scorecard: the YJB KPI "Mental health need: attending an intervention, at the end of orders". */
@ApplicationScoped
public class MentalHealthAttendingIndicator extends StatusAtEndIndicator {

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "mental-health-attending")
                .title("Mental health need: attending an intervention, at the end of orders")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.PERCENT).polarity(IndicatorPolarity.HIGHER_IS_BETTER)
                .definition("Orders and interventions ending in the month where the child was attending a mental health intervention, out of those ending with a mental health need identified. A child with more than one ending in the month counts once, as the last found them.")
                .source(SOURCE)
                .build();
    }

    @Override
    protected StatusShare share() {
        return StatusShare.MENTAL_HEALTH_ATTENDING;
    }
}
