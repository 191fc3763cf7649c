package org.harbour.performance.exports.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.exports.application.ScorecardExports;
import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.scorecard.application.ScorecardRow;
import org.harbour.performance.scorecard.application.Scorecards;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Downloads: the scorecard as Excel or PDF, one indicator's series as CSV. Under /performance/,
 * so the platform's module gate has already checked performance:access. Figures only, no child.
 */
@WebServlet(name = "PerformanceExport", urlPatterns = "/performance/export/*")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Scorecards scorecards;

    @Inject
    private ScorecardExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        YearMonth to;
        try {
            String value = request.getParameter("to");
            to = value == null || value.isBlank() ? YearMonth.now(Clock.systemUTC()).minusMonths(1) : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "'to' must be a month like 2026-10.");
            return;
        }
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setHeader("Cache-Control", "no-store");
        switch (what) {
            case "/scorecard.xlsx" -> {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                attachment(response, "scorecard-" + to + ".xlsx");
                exports.workbook(to, response.getOutputStream());
            }
            case "/scorecard.pdf" -> {
                response.setContentType("application/pdf");
                attachment(response, "scorecard-" + to + ".pdf");
                exports.pdf(to, response.getOutputStream());
            }
            case "/series.csv" -> series(request.getParameter("indicator"), to, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such export.");
        }
    }

    private void series(String indicator, YearMonth to, HttpServletResponse response) throws IOException {
        ScorecardRow row;
        try {
            row = scorecards.series(indicator == null ? "" : indicator, to);
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        attachment(response, indicator + "-" + to + ".csv");
        List<YearMonth> months = Window.thirteenMonthsTo(to).months();
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.DEFAULT.builder()
                .setHeader("indicator", "month", "value", "numerator", "denominator", "population").get())) {
            for (int i = 0; i < months.size(); i++) {
                Figure f = row.getFigures().get(i);
                csv.printRecord(indicator, months.get(i), f == null || f.value() == null ? "" : f.value(),
                        f == null ? "" : f.numerator(), f == null || f.denominator() == null ? "" : f.denominator(),
                        f == null || f.population() == null ? "" : f.population());
            }
        }
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
