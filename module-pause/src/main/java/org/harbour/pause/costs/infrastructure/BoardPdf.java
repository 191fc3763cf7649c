package org.harbour.pause.costs.infrastructure;

import org.harbour.core.spi.document.TaggedDocument;
import org.harbour.pause.costs.domain.CostEstimate;
import org.harbour.pause.costs.domain.CostInputs;
import org.harbour.pause.costs.domain.ProgrammeActuals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The board's paper on Pause, as a tagged PDF: a saved scenario's inputs and estimate, and beside it
 * what actually happened to the women who began the programme. Figures only: no woman is named.
 */
public final class BoardPdf {

    private static final String TITLE = "Pause: cost avoidance for the board";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private BoardPdf() {
    }

    public static void write(String scenario, CostInputs in, CostEstimate e, ProgrammeActuals a, Instant at, OutputStream out) {
        TaggedDocument document = TaggedDocument.titled(TITLE, TaggedDocument.Page.A4_PORTRAIT)
                .heading(1, TITLE)
                .paragraph("Scenario: " + scenario + ". Produced " + WHEN.format(at) + ".")
                .heading(2, "The estimate")
                .table("The scenario's inputs and estimate", List.of("Figure", "Value"), List.of(
                        List.of("Women in the local programme", Integer.toString(in.women())),
                        List.of("National evaluation: yearly saving for " + in.referenceWomen() + " women",
                                "GBP " + money(in.referenceSavingLow()) + " to " + money(in.referenceSavingHigh())),
                        List.of("Estimated cost avoided a year", "GBP " + money(e.savingLow()) + " to " + money(e.savingHigh())),
                        List.of("Pregnancies avoided a year", decimal(e.pregnanciesLow()) + " to " + decimal(e.pregnanciesHigh())),
                        List.of("Programme cost for " + in.programmeMonths() + " months", "GBP " + money(e.programmeTotal())),
                        List.of("Of which staff / programme / local", "GBP " + money(in.staffCost()) + " / "
                                + money(in.programmeCost()) + " / " + money(in.localCost())),
                        List.of("Programme cost a year", "GBP " + money(e.annualCost())),
                        List.of("Cost per woman", "GBP " + money(e.costPerWoman())),
                        List.of("Without the licence share of GBP " + money(in.licenceShare()), "GBP " + money(e.programmeWithoutLicence())),
                        List.of("Against the bespoke option of GBP " + money(in.bespokeCost()), "GBP " + money(e.bespokeDifference()))), 1)
                .heading(2, "What actually happened, to " + DAY.format(a.asOf()))
                .paragraph(a.women() + " women began the programme. From the social-care records: births of their "
                        + "children and their children removed (care order, placement order, adoption) since each began, against "
                        + "the same women over an equal time just before; pregnancies as recorded in their outcomes.")
                .table("Births and removals during and after the programme, against before it",
                        List.of("Measure", "During and after the programme", "Before the programme"), List.of(
                        List.of("Woman-years", decimal(a.during().womanYears()), decimal(a.before().womanYears())),
                        List.of("Births", Integer.toString(a.during().births()), Integer.toString(a.before().births())),
                        List.of("Births per woman a year", decimal(a.during().birthsPerWomanYear()),
                                decimal(a.before().birthsPerWomanYear())),
                        List.of("Children removed", Integer.toString(a.during().removals()), Integer.toString(a.before().removals())),
                        List.of("Children removed per woman a year", decimal(a.during().removalsPerWomanYear()),
                                decimal(a.before().removalsPerWomanYear())),
                        List.of("Pregnancies recorded", Integer.toString(a.pregnanciesDuring()), "not recorded")), 1, 2);
        try {
            document.writePdf(out);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the board PDF: " + ex.getMessage(), ex);
        }
    }

    private static String money(BigDecimal v) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(v);
    }

    private static String decimal(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
