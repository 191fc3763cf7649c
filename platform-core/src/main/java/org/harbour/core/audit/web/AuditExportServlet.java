package org.harbour.core.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.harbour.core.api.input.ApiDates;
import org.harbour.core.audit.application.AuditCriteria;
import org.harbour.core.audit.application.AuditPermissionException;
import org.harbour.core.audit.application.AuditSearch;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Downloads an audit search as CSV, streamed as it is read. Under /audit/, so the page guard asks
 * for {@code core:audit} first; the search service asks again.
 */
@WebServlet(name = "HarbourAuditExport", urlPatterns = "/audit/export.csv")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Inject
    private AuditSearch search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditCriteria criteria;
        try {
            criteria = AuditTrailPage.criteriaFrom(request::getParameter);
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Dates must be written as yyyy-mm-dd.");
            return;
        }
        if (criteria.getFrom() != null && criteria.getTo() != null && criteria.getFrom().isAfter(criteria.getTo())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The 'from' date is after the 'to' date.");
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail-"
                + ZonedDateTime.now(Clock.systemUTC()).format(FILE_TIME) + ".csv\"");
        try {
            search.export(criteria, response.getWriter());
        } catch (AuditPermissionException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        }
    }

    static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : ApiDates.parse(value);
    }
}
