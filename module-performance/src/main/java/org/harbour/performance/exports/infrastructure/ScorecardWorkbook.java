package org.harbour.performance.exports.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.scorecard.application.Scorecard;
import org.harbour.performance.scorecard.application.ScorecardRow;
import org.harbour.performance.scorecard.application.Scorecards;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The scorecard as an Excel workbook: one sheet, a row per indicator with its outcome group,
 * numeric values in the month columns (so analysts can chart them), then target, rating,
 * direction and comparators as on the page.
 */
public final class ScorecardWorkbook {

    private ScorecardWorkbook() {
    }

    /** Column headings after "Outcome" and "Indicator" and the months. */
    public static final List<String> TRAILING = List.of("Unit", "Target", "Rating", "Direction", "Previous year",
            "Statistical neighbours", "Region", "England");

    public static void write(Scorecard scorecard, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Scorecard");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
            List<String> headings = new ArrayList<>(List.of("Outcome", "Indicator"));
            for (YearMonth m : scorecard.months()) {
                headings.add(m.toString());
            }
            headings.addAll(TRAILING);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headings.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (ScorecardRow row : scorecard.rows()) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(row.getDefinition().getGroup().getTitle());
                line.createCell(c++).setCellValue(row.getDefinition().getTitle());
                for (Figure f : row.getFigures()) {
                    Cell cell = line.createCell(c++);
                    if (f != null && f.value() != null) {
                        cell.setCellValue(f.value());
                        cell.setCellStyle(decimal);
                    }
                }
                line.createCell(c++).setCellValue(row.getDefinition().getUnit().getLabel());
                number(line.createCell(c++), row.getDefinition().getTarget(), decimal);
                line.createCell(c++).setCellValue(row.getRag().getLabel());
                line.createCell(c++).setCellValue(row.getDirection().getLabel());
                number(line.createCell(c++), row.getComparators().get(Scorecards.PREVIOUS_YEAR), decimal);
                number(line.createCell(c++), row.getComparators().get("STATISTICAL_NEIGHBOURS"), decimal);
                number(line.createCell(c++), row.getComparators().get("REGION"), decimal);
                number(line.createCell(c), row.getComparators().get("ENGLAND"), decimal);
            }
            sheet.createFreezePane(2, 1);
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 50 * 256);
            workbook.write(out);
        }
    }

    private static void number(Cell cell, Double value, CellStyle style) {
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
