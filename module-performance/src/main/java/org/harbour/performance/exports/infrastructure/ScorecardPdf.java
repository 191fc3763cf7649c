package org.harbour.performance.exports.infrastructure;

import org.harbour.core.spi.document.TaggedDocument;
import org.harbour.performance.indicators.domain.OutcomeGroup;
import org.harbour.performance.scorecard.application.Scorecard;
import org.harbour.performance.scorecard.application.ScorecardRow;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scorecard as a tagged landscape A3 PDF for papers and scrutiny packs: a table per outcome
 * group with the 13 months, target, rating, direction and every comparator the scorecard has.
 */
public final class ScorecardPdf {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private ScorecardPdf() {
    }

    public static void write(Scorecard scorecard, OutputStream out) throws IOException {
        List<YearMonth> months = scorecard.months();
        Map<String, String> comparators = ScorecardRow.comparatorColumns();
        String title = "Monthly scorecard: 13 months to " + months.get(months.size() - 1).format(LONG_MONTH);
        TaggedDocument document = TaggedDocument.titled(title, TaggedDocument.Page.A3_LANDSCAPE)
                .heading(1, title)
                .paragraph("Ended months are frozen at month end; the rating compares the latest month with its target.");
        List<String> headers = new ArrayList<>();
        headers.add("Indicator");
        months.forEach(m -> headers.add(m.format(MONTH)));
        headers.addAll(List.of("Target", "Rating", "Direction"));
        headers.addAll(comparators.values());
        int[] numeric = new int[months.size() + 1 + comparators.size()];
        for (int i = 0; i < months.size() + 1; i++) {
            numeric[i] = 1 + i;
        }
        for (int i = 0; i < comparators.size(); i++) {
            numeric[months.size() + 1 + i] = 1 + months.size() + 3 + i;
        }
        for (Map.Entry<OutcomeGroup, List<ScorecardRow>> group : scorecard.groups().entrySet()) {
            document.heading(2, group.getKey().getTitle());
            List<List<String>> rows = new ArrayList<>();
            for (ScorecardRow row : group.getValue()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.getDefinition().getTitle() + " (" + row.getDefinition().getUnit().getLabel() + ")");
                cells.addAll(row.getCells());
                cells.add(row.getTargetText());
                cells.add(row.getRag().getLabel());
                cells.add(row.getDirection().getLabel());
                cells.addAll(row.getComparatorCells());
                rows.add(cells);
            }
            document.table(group.getKey().getTitle() + ": monthly figures, target, rating, direction and comparators",
                    headers, rows, numeric);
        }
        document.writePdf(out);
    }
}
