package org.harbour.youthjustice.board.infrastructure;

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
import org.harbour.youthjustice.board.domain.KpiFigure;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scrutiny update of the youth justice KPI set as a PDF: each measure's figure for the period
 * and its definition, in the sections scrutiny asks about. Figures only: no child is named. Kept
 * to one small writer so that it can move onto the platform's shared PDF writer unchanged.
 */
public final class ScrutinyPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    /** Scrutiny's sections, each the measures whose key begins with one of its prefixes. */
    private static final Map<String, List<String>> SECTIONS = new java.util.LinkedHashMap<>();

    static {
        SECTIONS.put("Custody and remand", List.of("custody-rate", "custodial-sentences", "remands-"));
        SECTIONS.put("Serious violence", List.of("serious-violence"));
        SECTIONS.put("Education, accommodation and wellbeing at the end of orders",
                List.of("ete-", "accommodation-", "send-", "mental-health-", "substance-misuse-"));
        SECTIONS.put("Entry to the youth justice system", List.of("first-time-entrants"));
    }

    private ScrutinyPdf() {
    }

    /** @param definitions each indicator id's definition, as on the scorecard's catalogue */
    public static void write(LocalDate from, LocalDate to, List<KpiFigure> figures, Map<String, String> definitions, Instant at,
                             OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            String title = "Youth justice: scrutiny update";
            document.addTitle(title);
            document.open();
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
            document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15)));
            document.add(new Paragraph("The YJB's key performance indicators from " + DAY.format(from) + " to " + DAY.format(to)
                    + ", counted from the service's records. Produced " + WHEN.format(at) + ". Rates per head of the 10-17 "
                    + "population are on the scorecard, which holds the population; here they are the number of events.", plain));
            for (Map.Entry<String, List<String>> section : SECTIONS.entrySet()) {
                List<KpiFigure> in = figures.stream().filter(f -> inSection(f, section.getValue())).toList();
                if (in.isEmpty()) {
                    continue;
                }
                Paragraph h = new Paragraph(section.getKey(), heading);
                h.setSpacingBefore(8);
                document.add(h);
                PdfPTable table = new PdfPTable(new float[] {3, 2});
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                for (KpiFigure f : in) {
                    PdfPCell measure = new PdfPCell();
                    measure.addElement(new Phrase(f.title(), plain));
                    String definition = definitions.get(f.indicatorId());
                    if (definition != null) {
                        measure.addElement(new Phrase(definition, small));
                    }
                    table.addCell(measure);
                    table.addCell(new PdfPCell(new Phrase(f.shown(), plain)));
                }
                document.add(table);
            }
        } catch (DocumentException ex) {
            throw new IllegalStateException("Cannot write the scrutiny PDF: " + ex.getMessage(), ex);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static boolean inSection(KpiFigure f, List<String> prefixes) {
        String key = f.indicatorId().substring(f.indicatorId().indexOf('.') + 1);
        return prefixes.stream().anyMatch(key::startsWith);
    }
}
