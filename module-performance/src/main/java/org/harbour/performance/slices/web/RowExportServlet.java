package org.harbour.performance.slices.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.slices.application.RowExport;

import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The pseudonymised rows behind a figure as CSV ({@link RowExport}). Under /performance/, so the
 * platform's module gate has checked performance:access; the export checks performance:export.
 * The file is built before anything is sent, so a refusal is a clear 403, never half a file.
 */
@WebServlet(name = "PerformanceRowExport", urlPatterns = "/performance/rows/pseudonymised.csv")
public class RowExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RowExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String indicator = request.getParameter("indicator");
        YearMonth month;
        try {
            month = YearMonth.parse(request.getParameter("month") == null ? "" : request.getParameter("month"));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "'month' must be a month like 2026-10.");
            return;
        }
        if (month.getYear() < 1900 || month.getYear() > 2100) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "'month' must be between 1900 and 2100.");
            return;
        }
        StringWriter csv = new StringWriter();
        try {
            export.export(indicator, month, csv);
        } catch (ActionRefusedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + indicator.replaceAll("[^A-Za-z0-9.-]", "_")
                + "-" + month + "-pseudonymised.csv\"");
        response.getWriter().write(csv.toString());
    }
}
