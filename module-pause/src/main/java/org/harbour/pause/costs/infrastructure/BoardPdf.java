package org.harbour.pause.costs.infrastructure;

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
import org.harbour.pause.costs.domain.CostEstimate;
import org.harbour.pause.costs.domain.CostInputs;
import org.harbour.pause.costs.domain.ProgrammeActuals;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The board's paper on Pause: a saved scenario's inputs and estimate, and beside it what actually
 * happened to the women who began the programme. Figures only: no woman is named.
 */
public final class BoardPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private BoardPdf() {
    }

    public static void write(String scenario, CostInputs in, CostEstimate e, ProgrammeActuals a, Instant at, OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Pause: cost avoidance for the board");
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 9);
            document.add(new Paragraph("Pause: cost avoidance for the board", title));
            document.add(new Paragraph("Scenario: " + scenario + ". Produced " + WHEN.format(at) + ".", plain));

            document.add(new Paragraph("The estimate", heading));
            PdfPTable estimate = table(plain);
            row(estimate, plain, "Women in the local programme", Integer.toString(in.women()));
            row(estimate, plain, "National evaluation: yearly saving for " + in.referenceWomen() + " women",
                    "GBP " + money(in.referenceSavingLow()) + " to " + money(in.referenceSavingHigh()));
            row(estimate, plain, "Estimated cost avoided a year", "GBP " + money(e.savingLow()) + " to " + money(e.savingHigh()));
            row(estimate, plain, "Pregnancies avoided a year", decimal(e.pregnanciesLow()) + " to " + decimal(e.pregnanciesHigh()));
            row(estimate, plain, "Programme cost for " + in.programmeMonths() + " months", "GBP " + money(e.programmeTotal()));
            row(estimate, plain, "  staff / programme / local", "GBP " + money(in.staffCost()) + " / " + money(in.programmeCost())
                    + " / " + money(in.localCost()));
            row(estimate, plain, "Programme cost a year", "GBP " + money(e.annualCost()));
            row(estimate, plain, "Cost per woman", "GBP " + money(e.costPerWoman()));
            row(estimate, plain, "Without the licence share of GBP " + money(in.licenceShare()), "GBP " + money(e.programmeWithoutLicence()));
            row(estimate, plain, "Against the bespoke option of GBP " + money(in.bespokeCost()), "GBP " + money(e.bespokeDifference()));
            document.add(estimate);

            document.add(new Paragraph("What actually happened, to " + DAY.format(a.asOf()), heading));
            document.add(new Paragraph(a.women() + " women began the programme. From the social-care records: births of their "
                    + "children and their children removed (care order, placement order, adoption) since each began, against "
                    + "the same women over an equal time just before; pregnancies as recorded in their outcomes.", plain));
            PdfPTable actuals = new PdfPTable(3);
            actuals.setWidthPercentage(100);
            actuals.setHeaderRows(1);
            for (String h : new String[]{"", "During and after the programme", "Before the programme"}) {
                actuals.addCell(new PdfPCell(new Phrase(h, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9))));
            }
            three(actuals, plain, "Woman-years", decimal(a.during().womanYears()), decimal(a.before().womanYears()));
            three(actuals, plain, "Births", Integer.toString(a.during().births()), Integer.toString(a.before().births()));
            three(actuals, plain, "Births per woman a year", decimal(a.during().birthsPerWomanYear()),
                    decimal(a.before().birthsPerWomanYear()));
            three(actuals, plain, "Children removed", Integer.toString(a.during().removals()), Integer.toString(a.before().removals()));
            three(actuals, plain, "Children removed per woman a year", decimal(a.during().removalsPerWomanYear()),
                    decimal(a.before().removalsPerWomanYear()));
            three(actuals, plain, "Pregnancies recorded", Integer.toString(a.pregnanciesDuring()), "not recorded");
            document.add(actuals);
        } catch (DocumentException ex) {
            throw new IllegalStateException("Cannot write the board PDF: " + ex.getMessage(), ex);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static PdfPTable table(Font plain) {
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        return t;
    }

    private static void row(PdfPTable t, Font f, String label, String value) {
        t.addCell(new PdfPCell(new Phrase(label, f)));
        t.addCell(new PdfPCell(new Phrase(value, f)));
    }

    private static void three(PdfPTable t, Font f, String label, String during, String before) {
        t.addCell(new PdfPCell(new Phrase(label, f)));
        t.addCell(new PdfPCell(new Phrase(during, f)));
        t.addCell(new PdfPCell(new Phrase(before, f)));
    }

    private static String money(BigDecimal v) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(v);
    }

    private static String decimal(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
