package org.harbour.performance.ssda903.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The SSDA903's dates as written (dd/mm/yyyy). */
final class Ssda903Dates {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Ssda903Dates() {
    }

    /** The day a field holds, or null when it is empty or not a date. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), DMY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
