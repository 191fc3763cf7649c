package org.harbour.performance.exports.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.harbour.performance.indicators.domain.OutcomeGroup;
import org.harbour.performance.scorecard.application.Scorecard;
import org.harbour.performance.scorecard.application.ScorecardRow;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scorecard as a landscape A3 PDF for papers and scrutiny packs: a table per outcome group. */
public final class ScorecardPdf {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private ScorecardPdf() {
    }

    public static void write(Scorecard scorecard, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A3.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Monthly scorecard");
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 7);
            List<YearMonth> months = scorecard.months();
            document.add(new Paragraph("Monthly scorecard: 13 months to " + months.get(months.size() - 1), title));
            for (Map.Entry<OutcomeGroup, List<ScorecardRow>> group : scorecard.groups().entrySet()) {
                document.add(new Paragraph(group.getKey().getTitle(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10)));
                PdfPTable table = new PdfPTable(1 + months.size() + 4);
                table.setWidthPercentage(100);
                float[] widths = new float[1 + months.size() + 4];
                widths[0] = 6;
                for (int i = 1; i < widths.length; i++) {
                    widths[i] = 1.4f;
                }
                table.setWidths(widths);
                table.setHeaderRows(1);
                table.addCell(new PdfPCell(new Phrase("Indicator", bold)));
                months.forEach(m -> table.addCell(new PdfPCell(new Phrase(m.format(MONTH), bold))));
                for (String h : List.of("Target", "Rating", "Direction", "England")) {
                    table.addCell(new PdfPCell(new Phrase(h, bold)));
                }
                for (ScorecardRow row : group.getValue()) {
                    table.addCell(new PdfPCell(new Phrase(row.getDefinition().getTitle(), plain)));
                    row.getCells().forEach(c -> table.addCell(new PdfPCell(new Phrase(c, plain))));
                    table.addCell(new PdfPCell(new Phrase(row.getTargetText(), plain)));
                    table.addCell(new PdfPCell(new Phrase(row.getRag().getLabel(), plain)));
                    table.addCell(new PdfPCell(new Phrase(row.getDirection().getLabel(), plain)));
                    table.addCell(new PdfPCell(new Phrase(row.comparator("ENGLAND"), plain)));
                }
                document.add(table);
            }
        } catch (DocumentException e) {
            throw new IOException("Cannot write the scorecard PDF: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }
}
