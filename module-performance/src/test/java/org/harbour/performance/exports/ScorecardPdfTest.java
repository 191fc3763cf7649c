package org.harbour.performance.exports;

import org.harbour.performance.exports.infrastructure.ScorecardPdf;
import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.IndicatorDefinition;
import org.harbour.performance.indicators.domain.OutcomeGroup;
import org.harbour.performance.indicators.domain.Polarity;
import org.harbour.performance.indicators.domain.Unit;
import org.harbour.performance.scorecard.application.Scorecard;
import org.harbour.performance.scorecard.application.ScorecardRow;
import org.harbour.performance.scorecard.domain.Direction;
import org.harbour.performance.scorecard.domain.Rag;
import org.harbour.testing.TaggedPdfCheck;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardPdfTest {

    @Test
    void theScorecardPdfIsTaggedAndShowsEveryComparator() throws Exception {
        List<YearMonth> months = new ArrayList<>();
        Map<YearMonth, String> statuses = new LinkedHashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (int i = 12; i >= 0; i--) {
            YearMonth month = YearMonth.of(2012, 10).minusMonths(i);
            months.add(month);
            statuses.put(month, "FROZEN");
            figures.add(new Figure(2, 3L, null, 200.0 / 3));
        }
        IndicatorDefinition definition = IndicatorDefinition.computed("in-time", "Referrals decided in time",
                OutcomeGroup.PRACTICE, Unit.PERCENT, Polarity.HIGHER_IS_BETTER, 90.0, "Decided within the weeks expected");
        ScorecardRow row = new ScorecardRow(definition, figures, Rag.RED, Direction.SAME,
                Map.of("previous-year", 50.0, "STATISTICAL_NEIGHBOURS", 71.5, "REGION", 72.25, "ENGLAND", 74.0));
        Map<OutcomeGroup, List<ScorecardRow>> groups = new LinkedHashMap<>();
        groups.put(OutcomeGroup.PRACTICE, List.of(row));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ScorecardPdf.write(new Scorecard(months, statuses, groups), out);

        TaggedPdfCheck.Found found = TaggedPdfCheck.check(out.toByteArray(), "H1", "H2", "Table", "TH", "TD");
        String text = found.text().replaceAll("\\s+", " ");
        assertTrue(found.title().contains("October 2012"), found.title());
        for (String words : List.of("Previous year", "Statistical neighbours", "Region", "England", "Practice standards",
                "Referrals decided in time", "66.7%", "71.5%", "72.3%", "74.0%", "Red", "No change")) {
            assertTrue(text.contains(words), words + " in " + text);
        }
    }
}
