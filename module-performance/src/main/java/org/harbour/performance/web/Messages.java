package org.harbour.performance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Faces messages for the module's pages: general, or beside a field. */
final class Messages {

    private Messages() {
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static YearMonthParam month(String value, java.time.YearMonth fallback) {
        try {
            return new YearMonthParam(value == null || value.isBlank() ? fallback : java.time.YearMonth.parse(value.trim()), null);
        } catch (java.time.format.DateTimeParseException e) {
            return new YearMonthParam(fallback, "'" + value + "' is not a month like 2026-10; showing " + fallback + ".");
        }
    }

    record YearMonthParam(java.time.YearMonth month, String problem) {
    }
}
