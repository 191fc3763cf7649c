package org.harbour.youthjustice.measures.application;

import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.measures.domain.VictimContact;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;

import java.time.YearMonth;
import java.util.Map;

/** A sub-measure of the YJB's victims KPI, counted from the victims' contact with the service (percentages, month by month). */
abstract class VictimContactIndicator implements ModuleIndicator {

    @Inject
    private MeasureRowsRepository rows;

    protected abstract VictimContact measure();

    protected abstract String key();

    protected abstract String title();

    /** What is counted, out of what; the month and the version are added. */
    protected abstract String counts();

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, key()).title(title())
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.PERCENT).polarity(IndicatorPolarity.HIGHER_IS_BETTER)
                .definition(counts() + " Each victim once, in the month they were asked for consent to contact; the children "
                        + "behind the figure are those whose offences the victims were of. " + VictimContact.DEFINITION_VERSION + ".")
                .source("youth justice victims: consent to contact and the service's contact since, recorded with youth-justice:victims")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return measure().count(rows.victimsAsked(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
