package org.harbour.send.sufficiency.application;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harbour.core.spi.document.TaggedDocument;
import org.harbour.send.sufficiency.domain.PlacementFigures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The commissioners' figures as an Excel workbook (one sheet a table, numbers as numbers) and as a
 * tagged PDF: placements by setting and type, transport by mode and against its target, the
 * out-of-city model and special school places demand with its growth scenario. Counts only.
 */
final class SufficiencyExports {

    private SufficiencyExports() {
    }

    static byte[] workbook(SufficiencyView v) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            lines(book.createSheet("Placements by setting"), "Setting", v.getBySetting());
            lines(book.createSheet("High-needs spend by type"), "Type of setting", v.getByType());
            lines(book.createSheet("Transport by mode"), "How children travel", v.getTransportByMode());
            Sheet summary = book.createSheet("Models and targets");
            int r = 0;
            r = pair(summary, r, "Out-of-city places today", v.getOutOfCity());
            r = pair(summary, r, "Out-of-city target", v.getTarget());
            r = pair(summary, r, "Average out-of-city cost a year", v.getAverageOutOfCityCost());
            r = pair(summary, r, "City place cost a year", v.getInCityPlaceCost());
            r = pair(summary, r, "Saving a year at the target", v.getAnnualSaving());
            r = pair(summary, r, "Transport spend a year", v.getTransportCost());
            r = pair(summary, r, "Transport target spend a year", v.getTransportTarget());
            r = pair(summary, r, "Transport over target", v.getTransportOverTarget());
            pair(summary, r, "Transport saving still needed (%)", v.getTransportSavingStillNeededPercent());
            Sheet demand = book.createSheet("Special school places");
            Row head = demand.createRow(0);
            head.createCell(0).setCellValue("Primary need");
            head.createCell(1).setCellValue("Age");
            for (int y = 0; y <= v.getDemandYears(); y++) {
                head.createCell(2 + y).setCellValue(y == 0 ? "Today" : "Year " + y);
            }
            int row = 1;
            for (SufficiencyView.DemandLine l : v.getDemand()) {
                Row x = demand.createRow(row++);
                x.createCell(0).setCellValue(l.need());
                x.createCell(1).setCellValue(l.ageBand());
                for (int y = 0; y < l.places().size(); y++) {
                    x.createCell(2 + y).setCellValue(l.places().get(y));
                }
            }
            Row total = demand.createRow(row);
            total.createCell(0).setCellValue("All special school places (growth " + v.getDemandGrowthPercent().toPlainString() + "% a year)");
            for (int y = 0; y < v.getDemandTotals().size(); y++) {
                total.createCell(2 + y).setCellValue(v.getDemandTotals().get(y));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook could not be written", e);
        }
    }

    static byte[] pdf(SufficiencyView v) {
        TaggedDocument doc = TaggedDocument.titled("SEND placements, costs and sufficiency", TaggedDocument.Page.A4_LANDSCAPE)
                .heading(1, "SEND placements, costs and sufficiency")
                .paragraph(v.getPlaces() + " active plans name a setting; " + v.getOutOfCity() + " of the places are out of the city.")
                .heading(2, "Placements and high-needs spend")
                .table("Placements by setting, largest cost first", List.of("Setting", "Places", "Without a cost", "Cost a year"),
                        rows(v.getBySetting()), 1, 2, 3)
                .table("High-needs spend by type of setting", List.of("Type of setting", "Places", "Without a cost", "Cost a year"),
                        rows(v.getByType()), 1, 2, 3)
                .heading(2, "Home to school transport against its target")
                .labelled("Spend a year", pounds(v.getTransportCost()))
                .labelled("Target spend a year", pounds(v.getTransportTarget()))
                .labelled(v.isTransportOnTarget() ? "Under target by" : "Over target by", pounds(v.getTransportOverTarget().abs()))
                .table("Transport by how children travel", List.of("How", "Children", "Without a cost", "Cost a year"),
                        rows(v.getTransportByMode()), 1, 2, 3)
                .heading(2, "Out-of-city placements model")
                .paragraph("From " + v.getOutOfCity() + " to " + v.getTarget() + " places: " + v.getPlacesBroughtBack()
                        + " brought back, saving " + pounds(v.getAnnualSaving()) + " a year.")
                .heading(2, "Special school places: demand by need and age")
                .paragraph("Growth of " + v.getDemandGrowthPercent().toPlainString() + "% a year over " + v.getDemandYears()
                        + " years: from " + v.getDemandTotals().get(0) + " places to " + v.getDemandTotals().get(v.getDemandTotals().size() - 1) + ".");
        List<List<String>> demand = new ArrayList<>();
        for (SufficiencyView.DemandLine l : v.getDemand()) {
            demand.add(List.of(l.need(), l.ageBand(), Integer.toString(l.getToday()), Integer.toString(l.getLast())));
        }
        doc.table("Special school places by primary need and age", List.of("Primary need", "Age", "Today",
                "In " + v.getDemandYears() + " years"), demand, 2, 3);
        try {
            return doc.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    private static void lines(Sheet sheet, String what, List<PlacementFigures.Line> lines) {
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue(what);
        head.createCell(1).setCellValue("Places");
        head.createCell(2).setCellValue("Without a cost");
        head.createCell(3).setCellValue("Cost a year (GBP)");
        int r = 1;
        for (PlacementFigures.Line l : lines) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(l.label());
            x.createCell(1).setCellValue(l.places());
            x.createCell(2).setCellValue(l.uncosted());
            x.createCell(3).setCellValue(l.cost().doubleValue());
        }
    }

    private static int pair(Sheet sheet, int r, String label, Number value) {
        Row x = sheet.createRow(r);
        x.createCell(0).setCellValue(label);
        x.createCell(1).setCellValue(value instanceof BigDecimal b ? b.doubleValue() : value.doubleValue());
        return r + 1;
    }

    private static List<List<String>> rows(List<PlacementFigures.Line> lines) {
        return lines.stream().map(l -> List.of(l.label(), Integer.toString(l.places()), Integer.toString(l.uncosted()),
                pounds(l.cost()))).toList();
    }

    private static String pounds(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }
}
